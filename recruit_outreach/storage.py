from whitenoise.storage import CompressedManifestStaticFilesStorage


def _without_source_maps(patterns):
    return tuple(
        (extension, tuple(p for p in rules if "sourceMappingURL" not in (p[0] if isinstance(p, tuple) else p)))
        for extension, rules in patterns
    )


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    """Hashed, compressed static files for production.

    NHS.UK frontend's minified CSS and JS name source maps that the wagtail-nhsuk-frontend package does not
    ship, so the source-map references are left as they are instead of failing collectstatic.
    """

    patterns = _without_source_maps(CompressedManifestStaticFilesStorage.patterns)
