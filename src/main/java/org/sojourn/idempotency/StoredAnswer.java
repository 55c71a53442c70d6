package org.sojourn.idempotency;

/**
 * The answer kept for a key's retries: what a client needs to read the result again.
 *
 * @param contentType null when the answer has no body
 * @param location null when the answer named no created resource
 */
record StoredAnswer(int status, String contentType, String location, byte[] body) {

	static boolean isKept(int status) {
		return status >= 200 && status < 300;
	}

}
