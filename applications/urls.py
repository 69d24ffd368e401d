from django.urls import path

from .views import documents, download, sharing, tracking, wizard

app_name = "applications"

urlpatterns = [
    path("", wizard.dashboard, name="dashboard"),
    # Step 1 to 4: the job, evidence per criterion, the whole statement, checks.
    path("new/", wizard.job_new, name="job_new"),
    path("<int:pk>/job/", wizard.job_edit, name="job"),
    path("<int:pk>/evidence/", wizard.evidence_start, name="evidence_start"),
    path("<int:pk>/evidence/<int:criterion_pk>/", wizard.evidence, name="evidence"),
    path("<int:pk>/statement/", wizard.statement, name="statement"),
    path("<int:pk>/checks/", wizard.checks, name="checks"),
    path("<int:pk>/checks/<int:criterion_pk>/where/", wizard.passage, name="passage"),
    # Step 5 and 6: download, and what happened next.
    path("<int:pk>/download/", download.download, name="download"),
    path("<int:pk>/download/word/", download.download_word, name="download_word"),
    path("<int:pk>/download/text/", download.download_text, name="download_text"),
    path("<int:pk>/track/", tracking.track, name="track"),
    # Uploaded CVs and statements, checked by a Celery task.
    path("documents/", documents.document_list, name="documents"),
    path("documents/<int:pk>/", documents.document_detail, name="document"),
    path("documents/<int:pk>/file/", documents.document_file, name="document_file"),
    path("documents/<int:pk>/check-again/", documents.document_recheck, name="document_recheck"),
    path("documents/<int:pk>/keep/", documents.document_keep, name="document_keep"),
    path("documents/<int:pk>/where/<int:criterion_pk>/", documents.document_passage, name="document_passage"),
    # Sharing a draft with an outreach worker.
    path("<int:pk>/share/", sharing.share, name="share"),
    path("shared-with-me/", sharing.worker_list, name="worker_list"),
    path("shared-with-me/<int:pk>/", sharing.worker_view, name="worker_view"),
]
