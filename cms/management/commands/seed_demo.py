import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from cms.demo import seed_demo_pages
from recruit_outreach.accounts.demo import seed_demo_users
from recruit_outreach.outreach.demo import seed_demo_bookings, seed_demo_sessions
from recruit_outreach.outreach.employers.demo import seed_demo_employers
from recruit_outreach.outreach.volunteering.demo import seed_demo_volunteering
from recruit_outreach.programmes.synthetic import synthetic_population_create


class Command(BaseCommand):
    help = "Load demo pages in every language and, when DEBUG is on, one demo user per role. Safe to run again."

    def add_arguments(self, parser):
        parser.add_argument("--password", default="demo-password-nwl", help="Password for new demo users.")
        parser.add_argument(
            "--scale",
            type=int,
            metavar="N",
            help="Instead of the demo, add N synthetic residents with sessions, applications, outcomes, "
            "volunteering and employers over the last five quarters (for load and scale tests).",
        )
        parser.add_argument("--seed", type=int, default=1, help="With --scale: the same N and seed give the same data.")

    def handle(self, *args, password: str, scale: int | None = None, seed: int = 1, **options):
        if scale is not None:
            self._seed_synthetic(scale, seed)
            return
        home = seed_demo_pages()
        self.stdout.write(f"Demo pages ready under '{home.title}'.")
        self.stdout.write(f"Support sessions added: {seed_demo_sessions()}.")
        if not settings.DEBUG:
            self.stderr.write("DEBUG is off, so no demo users were created. Demo users are for local use only.")
            return
        for role, email, created in seed_demo_users(password):
            state = "created" if created else "already there"
            self.stdout.write(f"  {role:16} {email:40} {state}")
        for email in seed_demo_bookings(password):
            self.stdout.write(f"  {'resident':16} {email:40} (books demo sessions)")
        self.stdout.write(f"New demo users have the password: {password}")
        if seed_demo_volunteering():
            self.stdout.write("Demo volunteers and hospital-support requests added.")
        if seed_demo_employers():
            self.stdout.write("Demo employers with Disability Confident levels and pledges added.")

    def _seed_synthetic(self, residents: int, seed: int) -> None:
        if residents < 1:
            raise CommandError("--scale needs a number of residents of 1 or more.")
        started = time.monotonic()

        def progress(done: int) -> None:
            self.stdout.write(f"  {done:,} of {residents:,} residents ({time.monotonic() - started:.0f} s)")

        try:
            written = synthetic_population_create(residents=residents, seed=seed, progress=progress)
        except ValueError as error:
            raise CommandError(str(error)) from error
        for label, count in sorted(written.items()):
            self.stdout.write(f"  {label:40} {count:>12,}")
        elapsed = time.monotonic() - started
        self.stdout.write(f"Synthetic data ready in {elapsed:.1f} s. Nobody can sign in as these residents.")
