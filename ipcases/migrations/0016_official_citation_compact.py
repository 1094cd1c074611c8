"""Both engines: an index on each official citation without its spaces, so that `cite:` finds a
citation however its reporter is spaced (`786 F.3d 983`, `786 F. 3d 983`)."""

import ipcases.models.rulings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('ipcases', '0015_search_passage_partitions'),
    ]

    operations = [
        migrations.AddIndex(
            model_name='officialcitation',
            index=models.Index(ipcases.models.rulings.Compact('normalized'), name='officialcitation_compact'),
        ),
    ]
