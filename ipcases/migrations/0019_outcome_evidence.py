"""Outcomes read from the text: the OutcomeEvidence table, where each outcome value comes from
(its basis) on the ruling, and three dispositions of first-instance judgments.

The bases of the values already stored are set from the ruling's first source (an editor's
correction wins); `manage.py extract_outcomes` then reads the texts and settles every basis by
the order of trust (see docs/outcomes.md).
"""

import django.db.models.deletion
from django.db import migrations, models


# Ruling field with a value -> its basis field; the EditorCorrection field of each.
FIELDS = {
    "disposition": ("disposition_basis", "disposition"),
    "rights_holder_outcome": ("outcome_basis", "rights_holder_outcome"),
    "injunction": ("injunction_basis", "injunction"),
    "damages_amount": ("damages_basis", "damages_amount"),
}
BY_SOURCE = {"landmark": "landmark", "synthetic": "synthetic", "fjc_idb": "fjc_idb"}


def set_bases(apps, schema_editor):
    Ruling = apps.get_model("ipcases", "Ruling")
    for field, (basis, corrected) in FIELDS.items():
        if field == "damages_amount":
            valued = Ruling.objects.filter(damages_amount__isnull=False)
        else:
            valued = Ruling.objects.exclude(**{field: ""})
        for source, name in BY_SOURCE.items():
            valued.filter(source=source).update(**{basis: name})
        valued.exclude(source__in=list(BY_SOURCE)).update(**{basis: "metadata"})
        valued.filter(corrections__field=corrected).update(**{basis: "editor"})


class Migration(migrations.Migration):

    dependencies = [
        ('ipcases', '0018_fjc_terminations'),
    ]

    operations = [
        migrations.AddField(
            model_name='ruling',
            name='damages_basis',
            field=models.CharField(blank=True, choices=[('editor', 'Set by an editor'), ('metadata', 'Source metadata'), ('text', 'Read from the text'), ('fjc_idb', 'FJC Integrated Database'), ('landmark', 'Landmark facts'), ('synthetic', 'Synthetic (generated)')], help_text='Where the damages come from.', max_length=10),
        ),
        migrations.AddField(
            model_name='ruling',
            name='disposition_basis',
            field=models.CharField(blank=True, choices=[('editor', 'Set by an editor'), ('metadata', 'Source metadata'), ('text', 'Read from the text'), ('fjc_idb', 'FJC Integrated Database'), ('landmark', 'Landmark facts'), ('synthetic', 'Synthetic (generated)')], help_text='Where the disposition comes from.', max_length=10),
        ),
        migrations.AddField(
            model_name='ruling',
            name='injunction_basis',
            field=models.CharField(blank=True, choices=[('editor', 'Set by an editor'), ('metadata', 'Source metadata'), ('text', 'Read from the text'), ('fjc_idb', 'FJC Integrated Database'), ('landmark', 'Landmark facts'), ('synthetic', 'Synthetic (generated)')], help_text='Where the injunction comes from.', max_length=10),
        ),
        migrations.AddField(
            model_name='ruling',
            name='outcome_basis',
            field=models.CharField(blank=True, choices=[('editor', 'Set by an editor'), ('metadata', 'Source metadata'), ('text', 'Read from the text'), ('fjc_idb', 'FJC Integrated Database'), ('landmark', 'Landmark facts'), ('synthetic', 'Synthetic (generated)')], help_text='Where the outcome for the rights holder comes from.', max_length=10),
        ),
        migrations.AlterField(
            model_name='ruling',
            name='disposition',
            field=models.CharField(blank=True, choices=[('affirmed', 'Affirmed'), ('affirmed_in_part', 'Affirmed in part'), ('reversed', 'Reversed'), ('reversed_and_remanded', 'Reversed and remanded'), ('vacated', 'Vacated'), ('vacated_and_remanded', 'Vacated and remanded'), ('remanded', 'Remanded'), ('granted', 'Granted'), ('granted_in_part', 'Granted in part'), ('denied', 'Denied'), ('dismissed', 'Dismissed'), ('sustained', 'Sustained'), ('answered', 'Questions answered'), ('for_plaintiff', 'Judgment for the plaintiff (claimant)'), ('for_defendant', 'Judgment for the defendant'), ('consent_judgment', 'Consent judgment'), ('other', 'Other')], help_text='What the court did with the matter before it; blank when unknown.', max_length=30),
        ),
        migrations.CreateModel(
            name='OutcomeEvidence',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('field', models.CharField(choices=[('disposition', 'Disposition'), ('rights_holder_outcome', 'Outcome for the rights holder'), ('injunction', 'Injunction'), ('damages', 'Damages'), ('enhanced_damages', 'Enhanced damages'), ('attorney_fees', 'Attorney fees'), ('rights_holder', 'Rights holder')], help_text='The field read.', max_length=30)),
                ('value', models.CharField(blank=True, help_text="The value read (damages as 'amount currency'; the holder as party names); blank when the text leaves it open.", max_length=300)),
                ('rule', models.CharField(blank=True, help_text='The rule that read it.', max_length=200)),
                ('start', models.PositiveIntegerField(blank=True, help_text='First character.', null=True)),
                ('end', models.PositiveIntegerField(blank=True, help_text='Character after the last.', null=True)),
                ('quote', models.TextField(blank=True, help_text='The sentence the value was read from.')),
                ('paragraph', models.CharField(blank=True, help_text='The paragraph number, where the text has them.', max_length=10)),
                ('reason', models.CharField(blank=True, help_text='Why no value was read, or what qualifies it.', max_length=300)),
                ('date_created', models.DateTimeField(auto_now_add=True)),
                ('date_modified', models.DateTimeField(auto_now=True)),
                ('ruling', models.ForeignKey(help_text='The ruling whose text was read.', on_delete=django.db.models.deletion.CASCADE, related_name='outcome_evidence', to='ipcases.ruling')),
            ],
            options={
                'verbose_name': 'outcome evidence',
                'verbose_name_plural': 'outcome evidence',
                'ordering': ['ruling', 'id'],
                'constraints': [models.UniqueConstraint(fields=('ruling', 'field'), name='unique_outcome_evidence'), models.CheckConstraint(condition=models.Q(('start__isnull', True), ('end__gte', models.F('start')), _connector='OR'), name='outcome_evidence_span_in_order')],
            },
        ),
        migrations.RunPython(set_bases, migrations.RunPython.noop),
    ]
