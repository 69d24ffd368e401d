// NHS.UK frontend's components (header menu, skip link, details and so on) on every page.
import { initAll } from "../wagtailnhsukfrontend/js/nhsuk-frontend-10.4.2.min.js";

initAll();
