"""Helpers for signing in with a real TOTP second factor, as an authenticator app would."""

import time

from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value


def current_code(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def enable_totp(user) -> str:
    """Turn on TOTP for a user and return the secret their authenticator app would hold."""
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret
