#!/usr/bin/python3
"""Regenerates the scheduler's golden files with an independent implementation: dateutil.rrule for the recurrences
and zoneinfo for the wall-time-to-instant conversion (PEP 495 fold=0 gives RFC 5545 3.3.5: a time in a gap uses the
offset before the gap, an ambiguous time the first instant).

Needs Debian's python3-dateutil: apt-get install -y python3-dateutil; then /usr/bin/python3 test/oracle/generate.py.
CI does not run this: the golden files are committed.
"""
import json
import os
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from dateutil import rrule

ZONES = [
    "America/New_York", "Europe/London", "Europe/Berlin", "Australia/Sydney", "Australia/Lord_Howe",
    "Pacific/Auckland", "Pacific/Chatham", "America/St_Johns", "America/Sao_Paulo", "Asia/Kolkata",
]
# Five plans of 104 weeks each: 2016-01-04 to 2025-12-21, ten years.
STARTS = ["2016-01-04", "2018-01-01", "2019-12-30", "2021-12-27", "2023-12-25"]
WEEKS = 104

# (id, time or None, recurrence as {"on": [...]} or {"repeat": "..."}, minutes)
SESSIONS = [
    ("daily-0130", "01:30", {"repeat": "FREQ=DAILY"}, 30),
    ("daily-0230", "02:30", {"repeat": "FREQ=DAILY"}, 45),
    ("sun-0200", "02:00", {"on": ["SU"]}, 60),
    ("sun-0245", "02:45", {"on": ["SU"]}, 20),
    ("weekend-0030", "00:30", {"on": ["SA", "SU"]}, 90),
    ("every-3-days-0000", "00:00", {"repeat": "FREQ=DAILY;INTERVAL=3"}, 40),
    ("fortnight-0130", "01:30", {"repeat": "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA,SU;WKST=SU"}, 50),
    ("first-sunday-0230", "02:30", {"repeat": "FREQ=MONTHLY;BYDAY=1SU"}, 75),
    ("last-sunday-0130", "01:30", {"repeat": "FREQ=MONTHLY;BYDAY=-1SU"}, 75),
    ("dst-months-0230", "02:30", {"repeat": "FREQ=YEARLY;BYMONTH=3,4,9,10,11;BYDAY=1SU,-1SU"}, 30),
    ("last-weekday-1800", "18:00", {"repeat": "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"}, 30),
    ("fifteenth-0700", "07:00", {"repeat": "FREQ=MONTHLY;BYMONTHDAY=15,-1"}, 30),
    ("count-tue-2330", "23:30", {"repeat": "FREQ=WEEKLY;BYDAY=TU;COUNT=40"}, 60),
    ("untimed-wed", None, {"on": ["WE"]}, 40),
]
UNTIL_SESSION = ("until-utc-0600", "06:00", "FREQ=DAILY;INTERVAL=5;UNTIL={until}", 25)

DAYS = {"MO": rrule.MO, "TU": rrule.TU, "WE": rrule.WE, "TH": rrule.TH, "FR": rrule.FR, "SA": rrule.SA, "SU": rrule.SU}


def expand(rule_text, dtstart, until, zone):
    """Expands an RRULE in floating time, bounded by the phase end; UTC UNTIL becomes wall time first."""
    parts = dict(part.split("=") for part in rule_text.split(";"))
    kwargs = {"dtstart": dtstart, "interval": int(parts.get("INTERVAL", "1"))}
    freq = {"DAILY": rrule.DAILY, "WEEKLY": rrule.WEEKLY, "MONTHLY": rrule.MONTHLY, "YEARLY": rrule.YEARLY}[parts["FREQ"]]
    if "COUNT" in parts:
        kwargs["count"] = int(parts["COUNT"])
    bound = until
    if "UNTIL" in parts:
        utc = datetime.strptime(parts["UNTIL"], "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc)
        bound = min(bound, utc.astimezone(zone).replace(tzinfo=None))
    if "BYDAY" in parts:
        days = []
        for item in parts["BYDAY"].split(","):
            weekday = DAYS[item[-2:]]
            days.append(weekday(int(item[:-2])) if len(item) > 2 else weekday)
        kwargs["byweekday"] = days
    if "BYMONTH" in parts:
        kwargs["bymonth"] = [int(v) for v in parts["BYMONTH"].split(",")]
    if "BYMONTHDAY" in parts:
        kwargs["bymonthday"] = [int(v) for v in parts["BYMONTHDAY"].split(",")]
    if "BYSETPOS" in parts:
        kwargs["bysetpos"] = [int(v) for v in parts["BYSETPOS"].split(",")]
    if "WKST" in parts:
        kwargs["wkst"] = DAYS[parts["WKST"]]
    occurrences = []
    for occurrence in rrule.rrule(freq, **kwargs):
        if occurrence > bound:
            break
        occurrences.append(occurrence)
    return occurrences


def iso(instant, zone):
    return instant.astimezone(zone).isoformat()


def main():
    out_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "golden")
    os.makedirs(out_dir, exist_ok=True)
    for zone_name in ZONES:
        zone = ZoneInfo(zone_name)
        cases = []
        for start in STARTS:
            first = date.fromisoformat(start)
            last = first + timedelta(days=WEEKS * 7 - 1)
            until_utc = (first + timedelta(days=400)).strftime("%Y%m%dT120000Z")
            sessions = []
            for session_id, at, recurrence, minutes in SESSIONS:
                sessions.append({"id": session_id, "kind": "cross", "modality": "bike", "minutes": minutes, "rpe": 3, **recurrence, **({"time": at} if at else {})})
            session_id, at, rule, minutes = UNTIL_SESSION
            sessions.append({"id": session_id, "kind": "cross", "modality": "bike", "minutes": minutes, "rpe": 3, "repeat": rule.format(until=until_utc), "time": at})
            plan = {"version": 1, "id": f"oracle-{start}", "timezone": zone_name, "startDate": start,
                    "phases": [{"id": "all", "weeks": WEEKS, "sessions": sessions}]}
            expected = {}
            for session in sessions:
                at = session.get("time")
                wall = time.fromisoformat(at) if at else time(0, 0)
                dtstart = datetime.combine(first, wall)
                until = datetime.combine(last, time(23, 59, 59))
                rule = session.get("repeat") or "FREQ=WEEKLY;BYDAY=" + ",".join(session["on"])
                items = []
                for occurrence in expand(rule, dtstart, until, zone):
                    if at is None:
                        items.append(occurrence.date().isoformat())
                        continue
                    instant = occurrence.replace(tzinfo=zone, fold=0).astimezone(timezone.utc)
                    end = instant + timedelta(minutes=session["minutes"])
                    items.append(f"{iso(instant, zone)}/{iso(end, zone)}")
                expected[session["id"]] = items
            cases.append({"plan": plan, "expected": expected})
        with open(os.path.join(out_dir, zone_name.replace("/", "_") + ".json"), "w") as handle:
            json.dump({"zone": zone_name, "generator": "dateutil.rrule + zoneinfo (fold=0)", "cases": cases}, handle, separators=(",", ":"))
            handle.write("\n")


if __name__ == "__main__":
    main()
