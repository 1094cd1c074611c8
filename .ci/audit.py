"""Known vulnerabilities in the installed packages, and never an all-clear that checked nothing.

    python .ci/audit.py        (make audit)

Runs pip-audit on this environment against each advisory database in turn (PyPI's, then OSV)
and reads its JSON report: the audit counts only when every package was looked up. pip-audit
itself says "No known vulnerabilities found" when every look-up failed (offline, behind a
firewall), so its exit status alone proves nothing.

Exit status: 0 every package checked, none vulnerable; 1 vulnerabilities found (listed);
2 could not audit (no advisory database answered for every package), with the reason.
"""

from __future__ import annotations

import json
import subprocess
import sys

SERVICES = ("pypi", "osv")
CLEAN, VULNERABLE, NOT_AUDITED = 0, 1, 2


def pip_audit(service: str) -> tuple[dict | None, str]:
    """pip-audit's JSON report against one service (None when it gave none), and its errors."""
    command = [sys.executable, "-m", "pip_audit", "--format", "json", "--vulnerability-service"]
    command += [service, "--progress-spinner", "off", "--timeout", "15"]
    run = subprocess.run(command, capture_output=True, text=True, timeout=900)
    try:
        report = json.loads(run.stdout)
    except ValueError:
        report = None
    return report if isinstance(report, dict) else None, run.stderr


def verdict(report: dict | None, errors: str = "") -> tuple[int, list[str]]:
    """The exit status and the lines to print for one report."""
    if report is None:
        reason = (errors.strip().splitlines() or ["no report"])[-1][:300]
        return NOT_AUDITED, [f"could not audit: pip-audit gave no report ({reason})"]
    packages = report.get("dependencies") or []
    skipped = [p for p in packages if p.get("skip_reason") or "vulns" not in p]
    found = [
        f"{p['name']} {p.get('version', '')}: {v.get('id')} (fixed in "
        f"{', '.join(v.get('fix_versions') or []) or 'no release yet'})"
        for p in packages
        for v in p.get("vulns") or []
    ]
    lines = [f"vulnerable: {line}" for line in found]
    if not packages or skipped:
        example = skipped[0].get("skip_reason", "") if skipped else "no packages listed"
        lines.append(
            f"could not audit {len(skipped) or 'any'} of {len(packages)} packages ({example})"
        )
        return (VULNERABLE if found else NOT_AUDITED), lines
    if found:
        return VULNERABLE, lines
    return CLEAN, [f"audited {len(packages)} packages: no known vulnerabilities"]


def main() -> int:
    for service in SERVICES:
        status, lines = verdict(*pip_audit(service))
        print("\n".join(f"[{service}] {line}" for line in lines), flush=True)
        if status != NOT_AUDITED:
            return status
    print("COULD NOT AUDIT: no advisory database answered for every package.")
    return NOT_AUDITED


if __name__ == "__main__":
    sys.exit(main())
