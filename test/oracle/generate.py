#!/usr/bin/python3
"""Regenerates the scheduler's golden files with an independent implementation: dateutil.rrule for the recurrences
and zoneinfo for the wall-time-to-instant conversion (PEP 495 fold=0 gives RFC 5545 3.3.5: a time in a gap uses the
offset before the gap, an ambiguous time the first instant).

Writes golden/<zone>.json (ten zones, ten years of many rules), sweep.json (every zone the runtime knows, sampled
years from 1900, wall times in and near each transition of those years) and bysetpos.json (BYSETPOS rules from
every weekday of the week).

Needs Debian's python3-dateutil: apt-get install -y python3-dateutil; then /usr/bin/python3 test/oracle/generate.py.
It runs `node` once to learn which zones the runtime accepts and its tzdata version. CI does not run this: the
golden files are committed.
"""
import json
import os
import re
import subprocess
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo, available_timezones

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


# Years sampled from 1900 to the schema's 2200: local mean time, the first standard times (1900-1925), the wars'
# changes, 1970s, the skipped days (Kwajalein 1993, Kiritimati 1994, Dhaka 2009, Apia and Fakaofo 2011,
# Pyongyang 2018), today, and the far future (POSIX TZ strings).
SWEEP_YEARS = [1900, 1908, 1912, 1916, 1918, 1922, 1932, 1940, 1944, 1950, 1960, 1970, 1972, 1980, 1993, 1994, 2009,
               2011, 2018, 2026, 2050, 2100, 2199]
SWEEP_MINUTES = 90
MAX_TRANSITIONS_PER_YEAR = 4


def offset_seconds(zone, ts):
    return int(datetime.fromtimestamp(ts, zone).utcoffset().total_seconds())


def transitions_in_year(zone, year):
    """(instant in seconds, offset before, offset after) of each change of offset in a year, to the second."""
    start = int(datetime(year, 1, 1, tzinfo=timezone.utc).timestamp()) - 86400
    end = int(datetime(year + 1, 1, 1, tzinfo=timezone.utc).timestamp())
    found = []
    before = offset_seconds(zone, start)
    t = start
    while t < end:
        nxt = min(t + 86400, end)
        after = offset_seconds(zone, nxt)
        low = t
        while after != before:
            lo, hi = low, nxt
            while hi - lo > 1:
                mid = (lo + hi) // 2
                if offset_seconds(zone, mid) == before:
                    lo = mid
                else:
                    hi = mid
            changed = offset_seconds(zone, hi)
            if datetime.fromtimestamp(hi, timezone.utc).year == year:
                found.append((hi, before, changed))
            before, low = changed, hi
        t = nxt
    return found


def wall_minutes_near(transition):
    """Minutes of the day (wall clock) in and near a transition: before, in the gap or overlap, after, midnight."""
    at, before, after = transition
    wall = datetime.fromtimestamp(at + before, timezone.utc)  # the wall clock at the change, in the offset before
    t = wall.hour * 60 + wall.minute + (1 if wall.second else 0)
    delta = (after - before) // 60
    low, high = (t, t + delta) if delta > 0 else (t + delta, t)
    return sorted({(m + 1440) % 1440 for m in (t - 60, t - 1, low, (low + high) // 2, high - 1, high, t + 30, 0, 12 * 60, 23 * 60 + 30)})


def sweep_case(zone, start, minutes_of_day):
    """A 1-week plan from `start` with daily sessions (COUNT=3) at each wall time; the oracle's offsets for each."""
    sessions = []
    dtstart_day = start
    for minute in minutes_of_day:
        at = time(minute // 60, minute % 60)
        items = []
        for occurrence in rrule.rrule(rrule.DAILY, dtstart=datetime.combine(dtstart_day, at), count=3):
            instant = occurrence.replace(tzinfo=zone, fold=0).astimezone(timezone.utc)
            local = instant.astimezone(zone)
            start_offset = int(local.utcoffset().total_seconds())
            end_offset = int((instant + timedelta(minutes=SWEEP_MINUTES)).astimezone(zone).utcoffset().total_seconds())
            shift = int((local.replace(tzinfo=None) - occurrence).total_seconds())
            # "offset" when the end has the same offset and the wall time exists, else "start,end,shift" (seconds).
            items.append(str(start_offset) if end_offset == start_offset and shift == 0 else f"{start_offset},{end_offset},{shift}")
        sessions.append(" ".join(items))
    return [start.isoformat(), minutes_of_day, sessions]


def runtime_zones(python_zones):
    script = (
        "const names = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
        "const accepted = (name) => { try { new Intl.DateTimeFormat('en-US', { timeZone: name }); return true; } catch { return false; } };"
        "const zones = [...new Set([...Intl.supportedValuesOf('timeZone'), ...names.filter(accepted)])].sort();"
        "console.log(JSON.stringify({ tz: process.versions.tz, icu: process.versions.icu, node: process.version, zones }));"
    )
    result = subprocess.run(["node", "-e", script], input=json.dumps(sorted(python_zones)), capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def python_tzdata_version():
    with open("/usr/share/zoneinfo/tzdata.zi") as handle:
        match = re.match(r"# version (\S+)", handle.readline())
    return match.group(1) if match else "unknown"


def sweep(out_dir):
    python_zones = available_timezones()
    runtime = runtime_zones(python_zones)
    zones = {}
    for name in runtime["zones"]:
        if name not in python_zones:
            continue
        zone = ZoneInfo(name)
        cases = []
        for year in SWEEP_YEARS:
            transitions = transitions_in_year(zone, year)[:MAX_TRANSITIONS_PER_YEAR]
            if not transitions:
                cases.append(sweep_case(zone, date(year, 1, 15), [7 * 60, 23 * 60 + 30]))
            for transition in transitions:
                at, before, _ = transition
                local_day = datetime.fromtimestamp(at + before, timezone.utc).date()
                cases.append(sweep_case(zone, local_day - timedelta(days=1), wall_minutes_near(transition)))
        zones[name] = cases
    document = {
        "generator": "dateutil.rrule + zoneinfo (fold=0)",
        "pythonTzdata": python_tzdata_version(),
        "runtimeAtGeneration": {"tz": runtime["tz"], "icu": runtime["icu"], "node": runtime["node"]},
        "runtimeOnly": [name for name in runtime["zones"] if name not in python_zones],
        "minutes": SWEEP_MINUTES,
        "years": SWEEP_YEARS,
        "zones": zones,
    }
    with open(os.path.join(os.path.dirname(out_dir), "sweep.json"), "w") as handle:
        json.dump(document, handle, separators=(",", ":"))
        handle.write("\n")


BYSETPOS_RULES = [
    "FREQ=WEEKLY;BYDAY=MO,WE,FR;BYSETPOS=1", "FREQ=WEEKLY;BYDAY=MO,WE,FR;BYSETPOS=-1", "FREQ=WEEKLY;BYDAY=MO,WE,FR;BYSETPOS=2",
    "FREQ=WEEKLY;BYDAY=MO,WE,FR;BYSETPOS=-3", "FREQ=WEEKLY;BYDAY=TU,TH,SA,SU;BYSETPOS=1,-1;WKST=SU",
    "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE,FR;BYSETPOS=1;WKST=TH", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYSETPOS=3;WKST=WE",
    "FREQ=MONTHLY;BYDAY=MO,WE,FR;BYSETPOS=1", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1,2",
    "FREQ=YEARLY;BYMONTH=11,12;BYDAY=MO,WE,FR;BYSETPOS=1,-1", "FREQ=MONTHLY;BYMONTHDAY=1,15,-1;BYSETPOS=2",
]


def bysetpos(out_dir):
    """Each rule from each weekday of one week, over 8 weeks, as dates (floating time, UTC plan)."""
    cases = []
    for offset in range(7):
        first = date(2026, 11, 2) + timedelta(days=offset)
        last = first + timedelta(days=8 * 7 - 1)
        for rule in BYSETPOS_RULES:
            days = [o.date().isoformat() for o in expand(rule, datetime.combine(first, time(0, 0)), datetime.combine(last, time(23, 59, 59)), ZoneInfo("UTC"))]
            cases.append({"startDate": first.isoformat(), "weeks": 8, "repeat": rule, "expected": days})
    with open(os.path.join(os.path.dirname(out_dir), "bysetpos.json"), "w") as handle:
        json.dump({"generator": "dateutil.rrule", "cases": cases}, handle, indent=1)
        handle.write("\n")


if __name__ == "__main__":
    main()
    golden = os.path.join(os.path.dirname(os.path.abspath(__file__)), "golden")
    bysetpos(golden)
    sweep(golden)
