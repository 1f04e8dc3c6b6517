"""Candidate mentions for the entity resolver: cleaned NER spans plus what spaCy misses.

Works on token indices of the already parsed ``Doc`` (no extra spaCy passes): trims
determiners and possessives, drops headline fragments and bare titles, joins parenthetical
aliases, adds dictionary names spaCy missed, turns "the Iranian government" into one agent
mention, and records local evidence (descriptors, possessives, appositions) on each candidate.
"""
from __future__ import annotations

import re
from typing import Optional

from wirewatch.analyze.entity_base import (  # noqa: F401  (re-exported for the other modules)
    _CAP_RUN, _CONNECTORS, _DIGIT, _MAX_GAZ_WORDS, _POSSESSIVE, P_DICT_FULL, P_LOCAL, P_NEAR, P_WEAK,
    _TITLE, Cand, norm_word, split_words)
from wirewatch.analyze.entity_evidence import EvidenceMixin, lex_sector  # noqa: F401
from wirewatch.analyze.entity_lexicon import EntityLexicon
from wirewatch.analyze.spans import doc_text


# Connectives of Persian, Urdu and Arabic names written between hyphens ("Tehreek-e-Insaf", "Harkat-ul-Ansar").
_NAME_CONNECTIVES = frozenset({"e", "i", "ul", "ud", "ur", "us", "un", "o"})
_COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})


class SpanBuilder(EvidenceMixin):
    """Build the candidate list of one document."""

    def __init__(self, doc, lex: EntityLexicon, actors, headline_end: int = 0, text: Optional[str] = None):
        self.doc, self.lex, self.actors = doc, lex, actors
        # Doc.text joins every token on each call: take the record's copy (or read it once)
        self.text = text if text is not None else doc_text(doc)
        self.headline_end = headline_end  # char offset where a headline line ends (0: none)
        self.cands: list[Cand] = []
        self.title_regions: list[tuple[int, int]] = []
        self.title_starts = frozenset(t.split()[0] for t in lex.titles) | lex.title_qualifiers
        self._countries_named: Optional[set] = None  # countries the text points to (read when first needed)

    # -- public -------------------------------------------------------------------------------
    def build(self) -> list[Cand]:
        """All candidates in text order, with local evidence attached."""
        self._from_ner()
        self._relabel_people()
        self._relabel_places()
        self._relabel_nationalities()
        self._relabel_place_names()
        self._drop_titles()
        self._gazetteer()
        self._ships()
        self._parentheticals()
        self._sort()
        self._agents()
        self._sort()
        for c in self.cands:
            self._set_key(c)
        self._missed_surnames()
        self._sort()
        self._evidence()
        return self.cands

    def _missed_surnames(self) -> None:
        """Proper nouns spaCy left untagged that spell the surname of a person named in the text."""
        surnames = {c.key[-1] for c in self.cands if c.label == "PERSON" and len(c.key) >= 2}
        if not surnames:
            return
        covered = set()
        for c in self.cands:
            covered.update(range(c.s, c.e))
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(surnames)) + r")\b", re.I)
        for m in pattern.finditer(self.text):
            span = self.doc.char_span(m.start(), m.end())
            if span is None or len(span) != 1 or span.start in covered:
                continue
            t = span[0]
            if t.pos_ == "PROPN" and t.text[:1].isupper():
                cand = Cand(t.i, t.i + 1, "", "loose")
                cand.key = (norm_word(t.text),)
                self.cands.append(cand)

    # -- steps --------------------------------------------------------------------------------
    def _sort(self) -> None:
        self.cands.sort(key=lambda c: (c.s, -c.e))

    def _trim(self, s: int, e: int) -> tuple[int, int]:
        doc, dets = self.doc, self.lex.determiners
        while s < e and (doc[s].lower_ in dets or doc[s].is_punct or doc[s].is_space):
            s += 1
        # (a name never ends in a lower-case function word: "the Organisation of the Islamic Conference on
        # Saturday" came back from the recogniser with its "on")
        while e > s and (doc[e - 1].is_punct or doc[e - 1].is_space or doc[e - 1].lower_ in _POSSESSIVE
                         or (doc[e - 1].is_lower and doc[e - 1].pos_ in ("ADP", "CCONJ", "DET"))):
            e -= 1
        return s, e

    def _from_ner(self) -> None:
        keep = self.lex.keep_labels
        for ent in self.doc.ents:
            if ent.label_ not in keep:
                continue
            s, e = self._trim(ent.start, ent.end)
            if s >= e:
                continue
            e = self._joined_name_end(e)
            if s >= 2 and self.doc[s - 1].tag_ == "POS" and self.doc[s - 2].pos_ == "PROPN" \
                    and self._known(self.doc[s - 2:e].text):
                # "Lord's Resistance Army": the recogniser stops at the possessive of a name it does not know
                s -= 2
                self.cands = [c for c in self.cands if not (c.s >= s and c.e <= s + 2)]
            cand = Cand(s, e, ent.label_, "ner")
            if self._dash_at(s, e) is not None:
                self._split_at_dashes(s, e, ent.label_)
                continue
            if self._is_noise(cand):
                self._loosen(s, e)
                continue
            self.cands.append(cand)

    def _joined_name_end(self, e: int) -> int:
        """"Pakistan Tehreek-e-Insaf", "Lashkar-e-Taiba", "Harkat-ul-Mujahideen": a name joined by a
        connective between hyphens goes on past where the recogniser stopped."""
        doc = self.doc
        while e + 2 < len(doc) and doc[e].text == "-" and doc[e - 1].whitespace_ == "" \
                and doc[e].whitespace_ == "" and doc[e + 1].lower_ in _NAME_CONNECTIVES \
                and doc[e + 1].whitespace_ == "" and doc[e + 2].text == "-" and doc[e + 2].whitespace_ == "" \
                and e + 3 < len(doc) and doc[e + 3].text[:1].isupper():
            e += 4
        # (the recogniser may have stopped inside the joined part: "Tehreek-e" with "-Insaf" left out)
        if e + 1 < len(doc) and doc[e - 1].lower_ in _NAME_CONNECTIVES and doc[e].text == "-" \
                and doc[e - 1].whitespace_ == "" and doc[e].whitespace_ == "" and doc[e + 1].text[:1].isupper():
            e += 2
        return e

    def _dash_at(self, s: int, e: int) -> Optional[int]:
        """The first dash token inside a span: a dash splits a dateline from the lede ("NIAMEY \u2014 Soldiers")."""
        return next((i for i in range(s, e) if self.doc[i].text in ("\u2014", "\u2013", "--")), None)

    def _split_at_dashes(self, s: int, e: int, label: str) -> None:
        """Each part of a dashed span: a dictionary name stays a name, anything else only a loose mention."""
        while s < e:
            cut = self._dash_at(s, e)
            end = e if cut is None else cut
            a, b = self._trim(s, end)
            if a < b:
                actor = self._lookup(self.doc[a:b].text)
                if actor is not None:
                    self.cands.append(Cand(a, b, _actor_label(actor), "ner", actor=actor))
                else:
                    self._loosen(a, b)
            s = end + 1

    def _relabel_people(self) -> None:
        """"Olaf Scholz" tagged ORG: a given name first, or spelled like a PERSON span elsewhere -> PERSON."""
        lex = self.lex
        people = {self.doc[c.s:c.e].text for c in self.cands if c.label == "PERSON"}
        nouns = lex.generic_heads | frozenset(lex.descriptors) | lex.media_name_words
        for c in self.cands:
            if c.label not in ("ORG", "GPE", "LOC", "FAC") or not 2 <= c.e - c.s <= 3:
                continue
            words = [t.text for t in self.doc[c.s:c.e]]
            if not all(w[:1].isupper() and w.replace("-", "").replace("\u2019", "").isalpha() for w in words):
                continue
            if words[-1].lower() in nouns or self._known(" ".join(words)):
                continue
            if words[0].lower() in lex.given_names or " ".join(words) in people:
                c.label = "PERSON"

    def _relabel_places(self) -> None:
        """"the Baba Amr district", "the town of Badme": a name the recogniser took for a person or an
        organisation is a place when it names a district, town or village (and the dictionary knows no
        one of that name)."""
        classes = self.lex.place_class_nouns
        for c in self.cands:
            if c.label not in ("PERSON", "ORG") or self.doc[c.s].lower_ in self.lex.given_names:
                continue
            last = self.doc[c.e - 1]
            head = last.head
            named_as = last.dep_ == "compound" and head.i == c.e and head.lemma_.lower() in classes
            of_class = last.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in classes \
                and head.head.i < c.s
            if (named_as or of_class) and not self._known(self.doc[c.s:c.e].text):
                c.label = "GPE"

    def _relabel_place_names(self) -> None:
        """"Authorities in Tajikistan", "shelling of Aleppo": a place name the recogniser took for a nationality
        is a place when the gazetteer knows it by that very name (and it is no nationality word or people the
        dictionary knows: "Roma" are a people, not Rome)."""
        from wirewatch.analyze.gazetteer import fold, load_gazetteer

        gaz = None
        for c in self.cands:
            if c.label in ("PERSON", "ORG"):
                gaz = gaz or load_gazetteer()
                if self._town_after_preposition(c, gaz):
                    c.label = "GPE"
                continue
            if c.label != "NORP":
                continue
            text = self.doc[c.s:c.e].text
            if not text[:1].isupper() or self._adjective_country(text):
                continue
            try:
                known = self.actors.lookup(text) if self.actors is not None else None
            except Exception:
                known = None
            if known is not None:  # the dictionary decides: Tajikistan is a place, the Roma a people
                if known.type in ("GPE", "LOC"):
                    c.label = "GPE"
                continue
            gaz = gaz or load_gazetteer()
            first = next(iter(gaz.candidates(text)), None)
            if first is not None and first.feature in ("country", "admin1", "city") and fold(first.name) == fold(text):
                c.label = "GPE"

    def _town_after_preposition(self, c: Cand, gaz) -> bool:
        """"an attack on Khan Sheikhoun", "villages around Pec": a name after a place preposition that the
        gazetteer knows as a town of some size, which the dictionary knows as no one and that opens with no
        given name, is that town (the recogniser often takes an unfamiliar town for a person)."""
        if c.s == 0 or self.doc[c.s - 1].lower_ not in ("in", "on", "near", "around", "outside", "at", "into",
                                                        "from", "towards", "toward"):
            return False
        text = self.doc[c.s:c.e].text
        if self.doc[c.s].lower_ in self.lex.given_names or self._known(text) or not text[:1].isupper():
            return False
        first = next(iter(gaz.candidates(text)), None)
        if first is None or first.feature not in ("city", "admin1") or (first.population or 0) < 20000:
            return False
        # and, unless a large city or the only sizeable town of that name, in a country the text names ("Pec"
        # in a Kosovo story is no Hungarian town; "pulled back from Kherson" needs no Ukraine named)
        named = self._named_countries(gaz)
        sizeable = {(p.country, p.admin1) for p in gaz.candidates(text) if (p.population or 0) >= 20000}
        return not named or first.country in named or (first.population or 0) >= 250000 or len(sizeable) == 1

    def _named_countries(self, gaz) -> set:
        """Countries the text's nationality words and place names point to (read once)."""
        if self._countries_named is None:
            out = set()
            for c in self.cands:
                if c.label not in ("NORP", "GPE"):
                    continue
                text = self.doc[c.s:c.e].text
                iso = self._adjective_country(text)
                if not iso:
                    top = next(iter(gaz.candidates(text)), None)
                    iso = top.country if top is not None else None
                if iso:
                    out.add(iso)
            self._countries_named = out
        return self._countries_named

    def _relabel_nationalities(self) -> None:
        """"Azerbaijani President Heydar Aliyev": a lone nationality word the recogniser took for a person or
        an organisation is a nationality (NORP), whose country the dictionary knows."""
        for c in self.cands:
            if c.label in ("PERSON", "ORG") and c.e - c.s == 1 and self.doc[c.s].text[:1].isupper() \
                    and self._adjective_country(self.doc[c.s].text) and not self._known(self.doc[c.s].text):
                c.label = "NORP"

    def _is_noise(self, c: Cand) -> bool:
        """Headline fragments, numbered phrases and common nouns that the small model takes for names."""
        if c.label == "NORP":
            return False
        span = self.doc[c.s:c.e]
        if c.label in ("GPE", "LOC", "FAC") and c.e - c.s == 1 and span.text.lower() in _COMPASS:
            return True  # "troops from the North": a part of the country told, not North, South Carolina
        if c.label in ("GPE", "LOC", "FAC") and not any(ch.isupper() or ch.isdigit() for ch in span.text):
            # "rise in metro fares": a place name is written with a capital (metro is not Metro, Indonesia);
            # a lowercase organisation ("defence ministry") may still grow into a named agent
            return True
        if c.e - c.s < 2:
            return False
        if self._dash_at(c.s, c.e) is not None:
            return True  # not one name: _from_ner splits it
        if self._known(span.text):
            return False
        has_digit = any(_DIGIT.search(t.text) for t in span)
        if has_digit and c.e - c.s >= 3:
            return True
        if span.start_char < self.headline_end:
            return has_digit or (c.e - c.s) > self.lex.headline_max_span_words
        return False

    def _loosen(self, s: int, e: int) -> None:
        """Keep the proper nouns of a dropped span as mentions that may only join a known entity."""
        for i in range(s, e):
            t = self.doc[i]
            if t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in self.lex.common_capitalised:
                self.cands.append(Cand(i, i + 1, "", "loose"))

    def _known(self, text: str) -> bool:
        try:
            return self.actors.lookup(text) is not None
        except Exception:
            return False

    def _title_before(self, pos: int) -> tuple[int, Optional[str]]:
        """Start token of the run of titles ending just before ``pos``, and its text."""
        doc, lex = self.doc, self.lex
        i = pos
        while i > 0:
            matched = 0
            for n in range(min(lex.title_max_words, i), 0, -1):
                phrase = " ".join(t.lower_ for t in doc[i - n:i])
                if phrase in lex.titles:
                    matched = n
                    break
            if matched:
                i -= matched
                continue
            # "then-President", "former Foreign Minister": qualifiers and their hyphen
            if doc[i - 1].lower_ in lex.title_qualifiers or doc[i - 1].text == "-":
                if i < pos:
                    i -= 1
                    continue
            break
        # "Defense Secretary", "Health Minister": one plain capitalised word before the title
        if i < pos and i > 0 and doc[i - 1].text[:1].isupper() and not doc[i - 1].is_upper \
                and doc[i - 1].pos_ in ("PROPN", "NOUN") and not self._known(doc[i - 1].text) \
                and self._adjective_country(doc[i - 1].text) is None:
            i -= 1
        # do not start on a bare qualifier or hyphen
        while i < pos and (doc[i].lower_ in lex.title_qualifiers or doc[i].text == "-"):
            i += 1
        if i == pos:
            return pos, None
        return i, doc[i:pos].text

    def _drop_titles(self) -> None:
        """Drop non-person spans lying inside the title run before a person ("Supreme" Leader)."""
        regions = []
        for c in self.cands:
            if c.label == "PERSON":
                start, title = self._title_before(c.s)
                if title:
                    c.title = title
                    regions.append((start, c.s))
        self.title_regions = regions
        if not regions:
            return
        self.cands = [c for c in self.cands if c.label == "PERSON"
                      or not any(a <= c.s and c.e <= b for a, b in regions)]

    def _capitalised(self, t) -> bool:
        return bool(t.text[:1].isupper()) and not t.is_punct

    def _gazetteer(self) -> None:
        """Add dictionary names spaCy missed (or only found part of), longest match first."""
        doc, lex = self.doc, self.lex
        if self.actors is None or not len(doc):
            return
        owner = [None] * len(doc)
        for c in self.cands:
            for i in range(c.s, c.e):
                owner[i] = c
        for a, b in self.title_regions:
            for k in range(a, b):
                owner[k] = owner[k] or _TITLE  # the title of a person is not another name
        # only runs of capitalised words can be names: find them in the string, not token by token
        for m in _CAP_RUN.finditer(self.text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None:
                self._gazetteer_run(span.start, span.end, owner)

    def _gazetteer_run(self, i: int, n_tok: int, owner: list) -> None:
        doc, lex = self.doc, self.lex
        while i < n_tok:
            t = doc[i]
            if not self._capitalised(t) or t.lower_ in lex.determiners:
                i += 1
                continue
            # the run of capitalised words (with connectors) starting here
            j = i + 1
            while j < n_tok and j - i < _MAX_GAZ_WORDS and (
                    self._capitalised(doc[j]) or doc[j].lower_ in _CONNECTORS) and not doc[j].is_space:
                j += 1
            hit = None
            for end in range(j, i, -1):
                if doc[end - 1].lower_ in _CONNECTORS:
                    continue
                inside = {id(owner[k]): owner[k] for k in range(i, end) if owner[k] is not None}
                # only a span that covers whole candidates and is longer than each of them
                if any(o is _TITLE or o.s < i or o.e > end or (o.e - o.s) >= end - i for o in inside.values()):
                    continue
                if end - i == 1 and not self._single_ok(doc[i]):
                    continue
                if any(o.label == "PERSON" for o in inside.values()) and t.lower_ in self.title_starts:
                    continue  # "President Donald Trump": the title is not part of the name
                actor = self._lookup(doc[i:end].text)
                if actor is not None and end - i == 1 and actor.name.lower().startswith("the ") \
                        and (i == 0 or doc[i - 1].lower_ != "the"):
                    continue  # "The National" is a newspaper; "National Police chief" is not
                if actor is not None:
                    hit = (end, actor, list(inside.values()))
                    break
            if hit is None:
                i += 1
                continue
            end, actor, covered = hit
            for o in covered:
                if o is not _TITLE:
                    self.cands.remove(o)
            cand = Cand(i, end, _actor_label(actor), "gaz", actor=actor)
            self.cands.append(cand)
            for k in range(i, end):
                owner[k] = cand
            i = end

    def _ships(self) -> None:
        """"USS Carney", "HMS Diamond": a ship-name prefix and up to three capitalised words -> FAC.

        Ships are FAC (built structures) whatever spaCy said; the prefix gives country and sector,
        and the name without the prefix is an alias ("the Carney").
        """
        prefixes = self.lex.ship_prefixes or {}
        if not prefixes:
            return
        pattern = re.compile(r"\b(" + "|".join(re.escape(p) for p in sorted(prefixes, key=len, reverse=True))
                             + r")\s+([A-Z][\w\u2019'-]+(?:[ ][A-Z][\w\u2019'-]+){0,2})")
        for m in pattern.finditer(self.text):
            span = self.doc.char_span(m.start(), m.end(2), alignment_mode="contract")
            if span is None or len(span) < 2:
                continue
            while len(span) > 2 and span[-1].lower_ in _POSSESSIVE:
                span = span[:-1]
            s, e = span.start, span.end
            if any(c.s < s < c.e or c.s < e < c.e for c in self.cands if not (s <= c.s and c.e <= e)):
                continue  # crosses another name: leave it
            self.cands = [c for c in self.cands if not (s <= c.s and c.e <= e)]
            info = prefixes[m.group(1)]
            cand = Cand(s, e, "FAC", "ship")
            cand.types.append((P_LOCAL, "FAC"))
            if info.get("country"):
                cand.countries.append((P_LOCAL, info["country"]))
            if info.get("sector"):
                cand.sectors.append((P_LOCAL, info["sector"]))
            cand.alt_keys.append(tuple(split_words(m.group(2))))
            self.cands.append(cand)

    def _single_ok(self, t) -> bool:
        if t.lower_ in self.lex.common_capitalised or len(t.text) < 3:
            return False
        # a capital inside a sentence marks a name whatever the tagger says; at a sentence
        # start only a proper-noun tag or an all-capitals word does
        return t.pos_ == "PROPN" or (t.is_upper and t.is_alpha) or not t.is_sent_start

    def _lookup(self, text: str):
        try:
            return self.actors.lookup(text)
        except Exception:
            return None

    def _parentheticals(self) -> None:
        """"X (Y)": Y is another name of X (an acronym or an alias split into pieces by NER)."""
        doc = self.doc
        by_end = {c.e: c for c in self.cands}
        text = self.text
        at = text.find("(")
        while at != -1:
            span = doc.char_span(at, at + 1)
            at = text.find("(", at + 1)
            if span is None or span.start not in by_end:
                continue
            p = span.start
            q = next((k for k in range(p + 1, min(p + 10, len(doc))) if doc[k].text == ")"), None)
            if q is None or q == p + 1:
                continue
            inner = doc[p + 1:q]
            if not all(self._capitalised(t) or t.lower_ in _CONNECTORS or t.text in ("'", "\u2019")
                       for t in inner) or not any(t.is_alpha or "\u2019" in t.text for t in inner):
                continue
            prev = by_end[p]
            acronym = _acronym(inner.text)
            if acronym:
                self._extend_for_acronym(prev, acronym)
            named = acronym and acronym_matches(acronym, self.doc[prev.s:prev.e].text.split())
            if not named and prev.label not in ("ORG", "NORP", "FAC", "EVENT"):
                continue  # "Baghdad (Reuters)", "Joe Biden (D)": not another name
            self.cands = [c for c in self.cands if not (p < c.s and c.e <= q)]
            self.cands.append(Cand(p + 1, q, prev.label, "paren", alias_of=prev))

    def _extend_for_acronym(self, prev: Cand, acronym: str) -> None:
        """Widen "International Airlines (UIA)" to the capitalised word the acronym also covers."""
        words = [w for w in self.doc[prev.s:prev.e].text.split() if w.lower() not in _CONNECTORS]
        if _initials(words) == acronym or len(words) >= len(acronym):
            return
        s = prev.s
        while s > 0 and prev.e - s < 8 and self._capitalised(self.doc[s - 1]):
            s -= 1
            words.insert(0, self.doc[s].text)
            if _initials(words) == acronym:
                self.cands = [c for c in self.cands if c is prev or not (s <= c.s and c.e <= prev.s)]
                prev.s = s
                return

    def _agents(self) -> None:
        """"the Iranian military": a nationality adjective plus an agent noun becomes one mention."""
        doc, lex = self.doc, self.lex
        starts = {c.s: c for c in self.cands}
        out = []
        for c in self.cands:
            if c.label != "NORP" or c.src != "ner" or c.e - c.s != 1:
                continue
            k = c.e
            while k < len(doc) and k - c.e < 3 and doc[k].pos_ in ("ADJ", "VERB") and doc[k].tag_ in ("JJ", "VBN"):
                k += 1
            if k >= len(doc) or doc[k].pos_ != "NOUN" or k in starts:
                continue
            noun, end = doc[k].lower_, k + 1
            if end < len(doc) and doc[end].pos_ == "NOUN" and f"{noun} {doc[end].lower_}" in lex.institution_nouns:
                noun, end = f"{noun} {doc[end].lower_}", end + 1
            inst = lex.institution_nouns.get(noun) or lex.institution_nouns.get(doc[k].lemma_)
            sector = self._agent_sector(noun) or self._agent_sector(doc[k].lemma_) or inst
            institution = inst is not None
            if not sector and not institution:
                continue
            if (lex.descriptors.get(noun) or {}).get("type") in ("GPE", "LOC"):
                continue  # "the Lebanese capital" is a place, not a group
            nxt = end + 1 if end < len(doc) and doc[end].lower_ in lex.determiners else end
            if nxt in starts or (end < len(doc) and doc[end].pos_ == "PROPN"):
                continue  # a descriptor of the name that follows; evidence is taken there
            agent = Cand(c.s, end, "ORG" if institution else "NORP", "agent")
            iso = self._adjective_country(doc[c.s].text)
            if iso:
                agent.countries.append((P_LOCAL, iso))
            if sector:
                agent.sectors.append((P_LOCAL, sector))
            out.append((c, agent))
        for old, new in out:
            self.cands.remove(old)
            self.cands.append(new)
        if self.lex.possessed_agents:
            self._possessed_agents(starts)

    def _possessed_agents(self, starts: dict) -> None:
        """"Yemen's internationally recognised government": an institution noun owned by a country.

        The country keeps its own mention; the words after the possessive become an agent ORG
        mention with the country's code and the noun's sector.
        """
        doc, lex = self.doc, self.lex
        for c in list(self.cands):
            if c.label != "GPE" or c.e + 1 >= len(doc) or doc[c.e].lower_ not in _POSSESSIVE:
                continue
            actor = self._lookup(doc[c.s:c.e].text)
            if actor is None or getattr(actor, "type", None) != "GPE" or not actor.country:
                continue
            s = k = c.e + 1
            while k < len(doc) and k - s < 3 and doc[k].pos_ in ("ADJ", "ADV", "VERB") and doc[k].is_lower:
                k += 1
            if k >= len(doc) or doc[k].pos_ != "NOUN" or not doc[k].is_lower or k in starts:
                continue
            noun, end = doc[k].lower_, k + 1
            if end < len(doc) and f"{noun} {doc[end].lower_}" in lex.institution_nouns:
                noun, end = f"{noun} {doc[end].lower_}", end + 1
            sector = lex.institution_nouns.get(noun) or lex.institution_nouns.get(doc[k].lemma_)
            if not sector or (end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN")):
                continue  # "Iran's government spokesman": the noun describes what follows
            agent = Cand(s, end, "ORG", "agent")
            agent.countries.append((P_LOCAL, actor.country))
            agent.sectors.append((P_LOCAL, sector))
            self.cands.append(agent)

    def _agent_sector(self, noun: str) -> Optional[str]:
        try:
            return self.lex.agent_sector(self.actors.agent_sector(noun)) if self.actors is not None else None
        except Exception:
            return None

    def _adjective_country(self, word: str) -> Optional[str]:
        try:
            return self.actors.country_of_adjective(word) if self.actors is not None else None
        except Exception:
            return None

    def _set_key(self, c: Cand) -> None:
        span = self.doc[c.s:c.e]
        text = span.text
        if c.label == "PERSON":
            # a title inside the span ("Martyr Soleimani") is kept in the mention, not the key
            words = text.split()
            cut = 0
            for n in range(len(words) - 1, 0, -1):
                if " ".join(words[:n]).lower() in self.lex.titles:
                    cut = n
                    break
            if cut:
                c.title = c.title or " ".join(words[:cut])
                text = " ".join(words[cut:])
        c.key = tuple(split_words(text))
        if len(c.key) > 1 and self._adjective_country(c.key[0]) and c.label != "NORP":
            c.alt_keys.append(c.key[1:])  # "Iranian Supreme National Security Council"


def _actor_label(actor) -> str:
    t = (getattr(actor, "type", None) or "ORG").upper()
    return t if t in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT") else "ORG"


def _acronym(text: str) -> Optional[str]:
    """The letters of an acronym ("IRGC", "U.N."), or None when the text is not one."""
    letters = text.replace(".", "").replace("&", "")
    if 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper() and " " not in text:
        return letters
    return None


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isalpha()).upper()


def acronym_matches(acronym: str, words: list[str]) -> bool:
    """Does the acronym spell the initials of the name's words (with or without 'of', 'and')?"""
    if len(words) < 2:
        return False
    content = [w for w in words if w.lower() not in _CONNECTORS]
    return acronym in (_initials(content), _initials(words))
