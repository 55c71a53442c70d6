package org.sojourn.compliance;

import java.math.BigDecimal;
import java.time.Duration;

/** The regulatory table of minimum session durations by total dose (a DMN decision in the process model). */
public interface MinimumDurationTable {

	Duration minimumDuration(BigDecimal totalDoseMg, boolean repeatClient, boolean wholeFungi);

}
