package org.sojourn.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The small-cell rule on its own: which counts of one question may be shown. */
class SuppressionTests {

	@Test
	void countsOfAtLeastKAndZerosAreShown() {
		assertThat(Suppression.apply(List.of(5L, 0L, 12L, 7L), 5)).containsExactly("5", "0", "12", "7");
	}

	@Test
	void countsFromOneToKMinusOneAreHidden() {
		assertThat(Suppression.apply(List.of(1L, 4L, 5L, 0L), 5)).containsExactly("<5", "<5", "5", "0");
	}

	@Test
	void aLoneHiddenCountHidesTheNextSmallestNonZeroCountToo() {
		assertThat(Suppression.apply(List.of(9L, 2L, 6L, 0L, 11L), 5)).containsExactly("9", "<5", "<5", "0", "11");
	}

	@Test
	void theSecondaryCountMayBeLargerThanAnyHiddenOneAndIsTheFirstOfEqualOnes() {
		assertThat(Suppression.apply(List.of(6L, 1L, 6L), 5)).containsExactly("<5", "<5", "6");
		assertThat(Suppression.apply(List.of(0L, 5L, 3L), 5)).containsExactly("0", "<5", "<5");
	}

	@Test
	void twoOrMoreHiddenCountsNeedNoSecondaryOne() {
		assertThat(Suppression.apply(List.of(3L, 2L, 9L, 20L), 5)).containsExactly("<5", "<5", "9", "20");
	}

	@Test
	void aLoneHiddenCountWithoutAnotherNonZeroCountStaysAlone() {
		assertThat(Suppression.apply(List.of(3L, 0L, 0L), 5)).containsExactly("<5", "0", "0");
		assertThat(Suppression.apply(List.of(4L), 5)).containsExactly("<5");
	}

	@Test
	void kFollowsTheConfiguredMinimumCellSize() {
		assertThat(Suppression.apply(List.of(10L, 3L, 2L), 11)).containsExactly("<11", "<11", "<11");
		assertThat(Suppression.apply(List.of(2L, 3L), 3)).containsExactly("<3", "<3");
		assertThat(Suppression.apply(List.of(1L, 0L, 7L), 1)).containsExactly("1", "0", "7");
	}

	@Test
	void aMinimumCellSizeBelowOneIsRefused() {
		assertThatThrownBy(() -> Suppression.apply(List.of(1L), 0)).isInstanceOf(IllegalArgumentException.class);
	}

}
