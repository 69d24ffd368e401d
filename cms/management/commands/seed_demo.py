from django.conf import settings
from django.core.management.base import BaseCommand

from cms.demo import seed_demo_pages
from recruit_outreach.accounts.demo import seed_demo_users
from recruit_outreach.outreach.demo import seed_demo_bookings, seed_demo_sessions
from recruit_outreach.outreach.employers.demo import seed_demo_employers
from recruit_outreach.outreach.volunteering.demo import seed_demo_volunteering


class Command(BaseCommand):
    help = "Load demo pages in every language and, when DEBUG is on, one demo user per role. Safe to run again."

    def add_arguments(self, parser):
        parser.add_argument("--password", default="demo-password-nwl", help="Password for new demo users.")

    def handle(self, *args, password: str, **options):
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
