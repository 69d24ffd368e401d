// Loaded at the top of <body> (not deferred) so NHS.UK frontend's "JavaScript is on" styles apply before
// the page is drawn. A file rather than an inline script, so the Content-Security-Policy needs no nonce.
document.body.className += " js-enabled nhsuk-frontend-supported";
