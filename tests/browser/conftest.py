"""Browser tests: Debian's Chromium driven by Playwright, with axe-core run on every page visited."""

import pytest
from axe_playwright_python.sync_playwright import Axe

CHROMIUM = "/usr/bin/chromium"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
_axe = Axe()


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


# Chromium reports every Content-Security-Policy violation on the console ("Refused to ..."); the page also
# fires a securitypolicyviolation event, which this script (injected by Playwright, so not subject to the
# policy) writes to the console too, in case a violation is not logged.
_REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"}`
    + ` at ${event.sourceFile || document.location.href}:${event.lineNumber}`);
});
"""


def _is_csp_violation(message) -> bool:
    text = message.text
    return "Content Security Policy" in text or text.startswith("CSP violation:")


@pytest.fixture(autouse=True)
def no_csp_violations(browser, monkeypatch):
    """Every page any browser test opens, in any context, must load without a CSP violation.

    Wraps browser.new_context (which pytest-playwright's `page` and `context` fixtures use too) so each new
    context records violations, and fails the test at the end if there were any."""
    violations: list[str] = []
    original_new_context = browser.new_context

    def new_context(*args, **kwargs):
        context = original_new_context(*args, **kwargs)
        context.add_init_script(_REPORT_VIOLATIONS)
        context.on(
            "console",
            lambda message: (
                violations.append(f"{message.page.url if message.page else '?'}: {message.text}")
                if _is_csp_violation(message)
                else None
            ),
        )
        return context

    monkeypatch.setattr(browser, "new_context", new_context)
    yield violations
    assert not violations, "Content-Security-Policy violations:\n" + "\n".join(dict.fromkeys(violations))


@pytest.fixture
def site(live_server):
    """The live server with the demo home and journey pages (English library only, to stay quick).

    Browser tests run in transactions that other connections must see, so the demo is seeded and
    committed here, not in the rolled-back module transaction the unit tests share."""
    from cms.demo import seed_demo_pages

    seed_demo_pages({"en"})
    return live_server.url


def assert_accessible(page, exclude: tuple[str, ...] = ()) -> None:
    """Run axe on the page as it is now and fail on any WCAG 2.2 AA violation.

    `exclude` leaves out exact selectors of chrome we cannot change (each one documented where it is used).
    """
    context = {"exclude": [[selector] for selector in exclude]} if exclude else None
    options = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
    results = _axe.run(page, context=context, options=options)
    violations = results.response["violations"]
    details = "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} -> {[node['target'] for node in v['nodes']][:5]}" for v in violations
    )
    assert not violations, f"axe found {len(violations)} violation(s) on {page.url}:\n{details}"


def assert_accessible_with_scripts(browser, context, url: str) -> None:
    """axe needs scripts: for a page seen with them off, open it once more in a second tab with them on,
    signed in as the same person, and run axe there."""
    checker_context = browser.new_context(storage_state=context.storage_state())
    checker = checker_context.new_page()
    response = checker.goto(url)
    assert response.status == 200, f"{url} answered {response.status}"
    assert_accessible(checker)
    checker_context.close()


def tab_to(page, selector: str, limit: int = 80) -> None:
    """Press Tab, as a keyboard user would, until the element matching `selector` has focus."""
    target = page.locator(selector).first
    target.wait_for(state="attached")
    for _ in range(limit):
        page.keyboard.press("Tab")
        if target.evaluate("element => element === document.activeElement"):
            return
    raise AssertionError(f"Could not reach {selector} with the Tab key on {page.url}")
