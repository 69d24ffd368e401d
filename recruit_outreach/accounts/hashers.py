"""How passwords are stored: Argon2id with OWASP's recommended minimum settings.

Django's default (PBKDF2-SHA256, 1,000,000 iterations) costs about 0.34 s of one core per sign-in here, so a
workshop where thirty residents sign in together kept every other page waiting for seconds. Argon2id with
19 MiB of memory, 2 passes and 1 lane (OWASP's Password Storage Cheat Sheet) costs about 25 ms and, being
memory-hard, is at least as costly to attack on GPUs. Older hashes still check, and are re-hashed with these
settings at the person's next sign-in (Django does that for any hasher after the first in PASSWORD_HASHERS).
"""

from django.contrib.auth.hashers import Argon2PasswordHasher


class Argon2idHasher(Argon2PasswordHasher):
    time_cost = 2
    memory_cost = 19 * 1024  # KiB
    parallelism = 1
