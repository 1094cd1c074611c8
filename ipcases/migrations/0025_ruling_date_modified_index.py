"""An index on Ruling.date_modified: the API reads the catalogue's last change (its
Last-Modified) on every request, which without it is a scan of every ruling."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("ipcases", "0024_saved_searches")]

    operations = [
        migrations.AddIndex(
            model_name="ruling",
            index=models.Index(fields=["date_modified"], name="ruling_date_modified"),
        ),
    ]
