package org.sojourn.accounts;

/** What a single-use link is for; a link works only for its own purpose. */
enum LinkPurpose {

	INVITATION, PASSWORD_RESET, SIGN_UP, EMAIL_CHANGE

}
