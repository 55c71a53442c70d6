package org.sojourn.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sojourn.PageForms;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournHttp.Browser;
import org.sojourn.SojournHttp.Reply;
import org.sojourn.SojournHttp;
import org.sojourn.SojournTest;
import org.sojourn.audit.AuditAction;
import org.sojourn.audit.AuditEntry;
import org.sojourn.audit.AuditTrail;
import org.sojourn.identity.CurrentUser;
import org.sojourn.records.SessionRecords;
import org.sojourn.servicecenters.ServiceCenter;
import org.sojourn.sessions.Sessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;

/** The client pages over real HTTP, signed in through the form: profile, sessions, notes, documents, access. */
@SojournTest
class ClientPagesTests {

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@LocalServerPort
	private int port;

	@Autowired
	private SessionFixtures fixtures;

	@Autowired
	private Clients clients;

	@Autowired
	private JdbcTemplate jdbc;

	@Value("${sojourn.documents.max-size}")
	private DataSize maxSize;

	@Value("${spring.servlet.multipart.max-file-size}")
	private DataSize maxFileSize;

	@Value("${spring.servlet.multipart.max-request-size}")
	private DataSize maxRequestSize;

	@Autowired
	private Sessions sessions;

	@Autowired
	private SessionRecords records;

	@Autowired
	private AuditTrail trail;

	@Autowired
	private ClientNotes notes;

	// ---- Profile ----

	@Test
	void anInvalidProfileShowsErrorsNextToTheFieldsAndAValidOneOpensTheRecord() {
		CurrentUser facilitator = fixtures.facilitator();
		Browser browser = http().signedIn(facilitator.username());
		PageForms forms = new PageForms(http(), browser);

		Reply invalid = forms.post("/clients/new", "/clients",
				Map.of("legalName", " ", "dateOfBirth", "", "email", "not-an-email"));

		assertThat(invalid.status()).as("%s", invalid).isEqualTo(422);
		assertThat(invalid.body()).contains("id=\"legalName-error\"", "Enter the client&#39;s legal name.")
			.contains("id=\"dateOfBirth-error\"", "Enter the client&#39;s date of birth.")
			.contains("id=\"email-error\"", "Enter a valid email address.")
			.contains("value=\"not-an-email\"");
		assertThat(browser.get("/").body()).contains("No clients yet");

		String name = SessionFixtures.unique("Ada Lovelace");
		Reply created = forms.post("/clients/new", "/clients",
				Map.of("legalName", name, "dateOfBirth", "1985-12-10", "pronouns", "she/her"));

		assertThat(created.status()).as("%s", created).isEqualTo(302);
		assertThat(created.location()).matches(".*/clients/[0-9a-f-]{36}");
		Reply record = browser.get(path(created.location()));
		assertThat(record.status()).isEqualTo(200);
		assertThat(record.body()).contains(name, "she/her", "1985-12-10", "Edit profile");
	}

	@Test
	void editingTheProfileChangesItAndRefusesInvalidInput() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);
		Browser browser = http().signedIn(facilitator.username());
		PageForms forms = new PageForms(http(), browser);
		String edit = "/clients/" + client + "/edit";

		assertThat(browser.get(edit).body()).contains("value=\"1985-03-14\"");
		Reply invalid = forms.post(edit, edit, Map.of("legalName", "Renamed", "dateOfBirth", "2999-01-01"));
		assertThat(invalid.body()).contains("The date of birth must be in the past.");

		Reply saved = forms.post(edit, edit, Map.of("legalName", "Renamed Client", "dateOfBirth", "1985-03-14"));
		assertThat(saved.status()).as("%s", saved).isEqualTo(302);
		assertThat(browser.get("/clients/" + client).body()).contains("Renamed Client");
	}

	// ---- Sessions ----

	@Test
	void theClientPageShowsSessionsAndStartsOneWithAnAcceptedCenter() {
		CurrentUser facilitator = fixtures.facilitator();
		ServiceCenter center = fixtures.center();
		fixtures.enroll(facilitator, center);
		UUID session = fixtures.session(facilitator, null);
		UUID client = records.record(facilitator, session).session().clientId();
		Browser browser = http().signedIn(facilitator.username());
		String page = "/clients/" + client;

		Reply record = browser.get(page);
		assertThat(record.body()).contains("/sessions/" + session, "Preparation", "preparing")
			.contains("<option value=\"" + center.getId() + "\">" + center.getName() + "</option>");

		Reply started = new PageForms(http(), browser).post(page, page + "/sessions",
				Map.of("centerId", center.getId().toString()));
		assertThat(started.status()).as("%s", started).isEqualTo(302);
		UUID second = UUID.fromString(started.location().replaceAll(".*/sessions/", ""));
		assertThat(records.record(facilitator, second).session().centerId()).isEqualTo(center.getId());
		assertThat(browser.get(page).body()).contains("/sessions/" + second, center.getName());
	}

	@Test
	void aCenterThatDidNotAcceptTheFacilitatorIsRefusedOnThePage() {
		CurrentUser facilitator = fixtures.facilitator();
		ServiceCenter center = fixtures.center();
		UUID client = fixtures.client(facilitator);
		Browser browser = http().signedIn(facilitator.username());
		String page = "/clients/" + client;

		Reply refused = new PageForms(http(), browser).post(page, page + "/sessions",
				Map.of("centerId", center.getId().toString()));

		assertThat(refused.status()).isEqualTo(302);
		assertThat(browser.get(page).body()).contains("has not accepted you as a facilitator")
			.contains("No active session");
	}

	// ---- Notes ----

	@Test
	void aNoteIsShownEscapedNeverAsMarkup() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);
		Browser browser = http().signedIn(facilitator.username());
		String page = "/clients/" + client;

		Reply added = new PageForms(http(), browser).post(page, page + "/notes",
				Map.of("text", "Met today <script>alert(1)</script>"));

		assertThat(added.status()).as("%s", added).isEqualTo(302);
		String body = browser.get(page).body();
		assertThat(body).contains("Met today &lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)</script>")
			.contains(facilitator.username());
	}

	@Test
	void editingANoteKeepsTheEarlierTextVisible() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);
		Browser browser = http().signedIn(facilitator.username());
		PageForms forms = new PageForms(http(), browser);
		String page = "/clients/" + client;
		forms.post(page, page + "/notes", Map.of("text", "First impression"));
		String noteId = first(Pattern.compile("action=\"/clients/" + client + "/notes/([0-9a-f-]{36})\""),
				browser.get(page).body());

		Reply revised = forms.post(page, page + "/notes/" + noteId, Map.of("text", "Second thoughts"));

		assertThat(revised.status()).as("%s", revised).isEqualTo(302);
		String body = browser.get(page).body();
		assertThat(body).contains("Second thoughts", "Earlier revisions", "First impression", "revision 2");
		assertThat(body.indexOf("Second thoughts")).isLessThan(body.indexOf("First impression"));
	}

	@Test
	void notesArePagedByTwentyNewestFirstAndCanBeReadOldestFirst() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);
		for (int i = 1; i <= 21; i++) {
			notes.add(facilitator.username(), client, new NoteText("Note number %02d".formatted(i)));
		}
		Browser browser = http().signedIn(facilitator.username());
		String page = "/clients/" + client;

		String newest = browser.get(page).body();
		assertThat(newest).contains("Note number 21", "Note number 02", "Page 1 of 2 · 21 in all")
			.doesNotContain("Note number 01");
		assertThat(newest.indexOf("Note number 21")).isLessThan(newest.indexOf("Note number 20"));
		assertThat(browser.get(page + "?notes.page=2").body()).contains("Note number 01")
			.doesNotContain("Note number 02");

		String oldest = browser.get(page + "?notes.sort=date").body();
		assertThat(oldest).contains("Note number 01").doesNotContain("Note number 21");
		assertThat(oldest.indexOf("Note number 01")).isLessThan(oldest.indexOf("Note number 02"));
	}

	@Test
	void aRefusedRevisionShowsItsMessageUnderThatNoteAndKeepsTheText() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);
		UUID note = notes.add(facilitator.username(), client, new NoteText("Kept as it was")).id();
		Browser browser = http().signedIn(facilitator.username());
		String page = "/clients/" + client;
		String tooLong = "x".repeat(NoteText.MAX_LENGTH + 1);

		Reply refused = new PageForms(http(), browser).post(page, page + "/notes/" + note, Map.of("text", tooLong));

		assertThat(refused.status()).isEqualTo(422);
		String body = refused.body();
		assertThat(body).contains("A note can be at most 20000 characters long.", tooLong)
			.doesNotContain("id=\"note-error\"");
		assertThat(body.indexOf("A note can be at most")).isGreaterThan(body.indexOf("Kept as it was"));
		assertThat(notes.list(facilitator.username(), client)).extracting(NoteView::text)
			.containsExactly("Kept as it was");
	}

	@Test
	void anEmptyNoteIsRefusedOnThePage() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);
		Browser browser = http().signedIn(facilitator.username());
		String page = "/clients/" + client;

		Reply refused = new PageForms(http(), browser).post(page, page + "/notes", Map.of("text", "   "));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("Write the note&#39;s text.", "No notes yet", "id=\"note-error\"");
	}

	// ---- Documents ----

	@Test
	void aDocumentIsUploadedDownloadedMovedToTheTrashAndRestored() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);
		Browser browser = http().signedIn(facilitator.username());
		PageForms forms = new PageForms(http(), browser);
		String page = "/clients/" + client;

		Reply uploaded = forms.upload(page, page + "/documents", "consent.pdf", PDF);
		assertThat(uploaded.status()).as("%s", uploaded).isEqualTo(302);
		String body = browser.get(page).body();
		assertThat(body).contains("consent.pdf");
		String documentId = first(Pattern.compile("href=\"/clients/" + client + "/documents/([0-9a-f-]{36})\""), body);
		String document = page + "/documents/" + documentId;

		Reply download = browser.get(document);
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;")
			.contains("consent.pdf");
		assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(download.body()).startsWith("%PDF-1.4");

		Reply deleted = forms.post(page, document + "/delete", Map.of("confirmed", "yes"));
		assertThat(deleted.status()).as("%s", deleted).isEqualTo(302);
		body = browser.get(page).body();
		assertThat(body).contains("No documents yet", "class=\"trashed\"", "consent.pdf", document + "/restore");
		assertThat(browser.get(document).status()).isEqualTo(404);

		Reply restored = forms.post(page, document + "/restore", Map.of());
		assertThat(restored.status()).as("%s", restored).isEqualTo(302);
		body = browser.get(page).body();
		assertThat(body).contains("href=\"" + document + "\"", "The trash is empty.");
	}

	@Test
	void aDisguisedUploadIsRefusedWithAMessageAndStoresNothing() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);
		Browser browser = http().signedIn(facilitator.username());
		PageForms forms = new PageForms(http(), browser);
		String page = "/clients/" + client;
		byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
			.getBytes(StandardCharsets.UTF_8);

		Reply refused = forms.upload(page, page + "/documents", "harmless.pdf", html);
		Reply empty = forms.upload(page, page + "/documents", "empty.pdf", new byte[0]);

		assertThat(refused.status()).isEqualTo(415);
		assertThat(refused.body()).contains("whatever its name says").doesNotContain("harmless.pdf");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.body()).contains("The file is empty.");
		assertThat(browser.get(page).body()).contains("No documents yet", "The trash is empty.")
			.doesNotContain("harmless.pdf", "empty.pdf");
	}

	/**
	 * Over the servlet's multipart limit the container does not read the upload at all, so the CSRF token in its body
	 * is missing too: the form sends it in its action as well, and the refusal reaches the page, not a bare 403.
	 */
	@Test
	void anUploadOverTheServletsMultipartLimitIsRefusedOnThePageWithSojournsLimitAndChangesNothing() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);
		ClientView before = clients.get(facilitator.username(), client);
		Browser browser = http().signedIn(facilitator.username());
		PageForms forms = new PageForms(http(), browser);
		String page = "/clients/" + client;
		String message = "This file is larger than " + maxSize.toMegabytes() + " MB, the most a document may be.";
		// Over the request limit (refused before a byte is read), and a file over the file limit in a request under it.
		byte[] overRequestLimit = filled(maxRequestSize.toBytes() + 1024 * 1024);
		byte[] overFileLimit = filled(maxFileSize.toBytes() + 1);
		assertThat(overFileLimit.length + 1024).isLessThan((int) maxRequestSize.toBytes());

		for (byte[] content : new byte[][] { overRequestLimit, overFileLimit }) {
			Reply refused = forms.upload(page, page + "/documents", "scan.pdf", content);

			assertThat(refused.status()).as("%s", refused).isEqualTo(413);
			assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
			String documents = refused.body().substring(refused.body().indexOf("<section id=\"documents\">"));
			assertThat(documents).contains("<p class=\"error\" role=\"alert\">" + message + "</p>")
				.contains("No documents yet", "The trash is empty.")
				.doesNotContain("scan.pdf");
			assertThat(documents.indexOf(message)).isLessThan(documents.indexOf("type=\"file\""));
			assertThat(refused.body()).contains(before.profile().legalName());
		}

		assertThat(browser.get(page).body()).contains("No documents yet", "The trash is empty.")
			.doesNotContain("scan.pdf", message);
		assertThat(jdbc.queryForObject("select count(*) from app.client_document where client_id = ?", Long.class,
				client)).isZero();
		assertThat(clients.get(facilitator.username(), client)).isEqualTo(before);
	}

	@Test
	void anUploadOverTheMultipartLimitToSomeoneElsesClientIsRefusedLikeAnyOtherRequest() {
		CurrentUser owner = fixtures.facilitator();
		UUID client = fixtures.client(owner);
		String page = "/clients/" + client;
		byte[] content = filled(maxRequestSize.toBytes() + 1);
		Browser stranger = http().signedIn(fixtures.facilitator().username());
		Browser administrator = http().signedIn(fixtures.administratorOf(fixtures.center()).username());

		Reply notFound = new PageForms(http(), stranger).uploadWithTokenInQuery("/", page + "/documents", "scan.pdf",
				content);
		Reply forbidden = new PageForms(http(), administrator).uploadWithTokenInQuery("/", page + "/documents",
				"scan.pdf", content);

		assertThat(notFound.status()).as("%s", notFound).isEqualTo(404);
		assertThat(notFound.body()).contains("There is no such client among yours.");
		assertThat(forbidden.status()).as("%s", forbidden).isEqualTo(403);
		assertThat(forbidden.body()).contains("kept by facilitators only");
		assertThat(jdbc.queryForObject("select count(*) from app.client_document where client_id = ?", Long.class,
				client)).isZero();
	}

	@Test
	void readingAndChangingThroughThePagesLeavesAuditEntries() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);
		Browser browser = http().signedIn(facilitator.username());
		String page = "/clients/" + client;

		browser.get(page);
		new PageForms(http(), browser).post(page, page + "/notes", Map.of("text", "Audited"));

		assertThat(trail.forClient(facilitator, client, PageRequest.of(0, 50)).getContent())
			.extracting(AuditEntry::action, AuditEntry::what)
			.contains(tuple(AuditAction.READ, "GET /clients/{id}"), tuple(AuditAction.CREATE, "POST /clients/{id}/notes"));
	}

	// ---- Who may open the pages ----

	@Test
	void anotherFacilitatorFindsNothing() {
		CurrentUser owner = fixtures.facilitator();
		UUID client = fixtures.client(owner);
		Browser other = http().signedIn(fixtures.facilitator().username());

		for (String path : new String[] { "/clients/" + client, "/clients/" + client + "/edit",
				"/clients/" + UUID.randomUUID() }) {
			Reply reply = other.get(path);
			assertThat(reply.status()).as("%s", reply).isEqualTo(404);
			assertThat(reply.body()).contains("There is no such client among yours.");
		}
		Reply note = new PageForms(http(), other).post("/", "/clients/" + client + "/notes", Map.of("text", "x"));
		assertThat(note.status()).isEqualTo(404);
	}

	@Test
	void centerAdministratorsAndOperatorsAreRefused() {
		CurrentUser owner = fixtures.facilitator();
		UUID client = fixtures.client(owner);
		ServiceCenter center = fixtures.center();
		Map<String, CurrentUser> others = new HashMap<>();
		others.put("administrator", fixtures.administratorOf(center));
		others.put("operator", fixtures.operator());

		others.forEach((role, user) -> {
			Browser browser = http().signedIn(user.username());
			for (String path : new String[] { "/clients/" + client, "/clients/new", "/clients/" + client + "/edit" }) {
				Reply reply = browser.get(path);
				assertThat(reply.status()).as("%s as %s", reply, role).isEqualTo(403);
				assertThat(reply.body()).contains("kept by facilitators only").doesNotContain("Client name");
			}
		});
	}

	@Test
	void anonymousIsSentToSignIn() {
		UUID client = fixtures.client(fixtures.facilitator());

		for (String path : new String[] { "/clients/" + client, "/clients/new" }) {
			Reply reply = http().browser().get(path);
			assertThat(reply.status()).as("%s", reply).isEqualTo(302);
			assertThat(reply.location()).endsWith("/login");
		}
	}

	private static byte[] filled(long size) {
		byte[] bytes = new byte[Math.toIntExact(size)];
		Arrays.fill(bytes, (byte) 'a');
		return bytes;
	}

	private static String first(Pattern pattern, String body) {
		Matcher matcher = pattern.matcher(body);
		assertThat(matcher.find()).as("%s in %s", pattern, body).isTrue();
		return matcher.group(1);
	}

	private static String path(String location) {
		return location.replaceFirst("^https?://[^/]+", "");
	}

	private SojournHttp http() {
		return SojournHttp.onPort(port);
	}

}
