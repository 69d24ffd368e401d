"""Helpers for signing in with a real TOTP second factor, as an authenticator app would."""

import time

from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value


def current_code(secret: str) -> str:
    """The code shown now; near the end of a 30-second window, the next window's, after waiting for it, so a
    slow page on a busy machine never submits a code that expired on the way (allauth allows no drift)."""
    left = 30 - time.time() % 30
    if left < 5:
        time.sleep(left + 0.1)
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def enable_totp(user) -> str:
    """Turn on TOTP for a user and return the secret their authenticator app would hold."""
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret
