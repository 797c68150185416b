"""Fighting stated inside an accusation or a thanks: 'X accused Y of attacking its soldiers', 'X blamed Y for
shelling its positions' (Y fought X, whatever else the accusation says), 'X thanked Y for fighting Z'."""

from __future__ import annotations

from graphx.extract import forces
from graphx.extract.clauses import Reader
from graphx.extract.mentions import Mention
from graphx.extract.tokens import base_in
from graphx.extract.war_words import HELD, SOLDIERS
from graphx.extract.words import DETERMINERS, FORCES, POSSESSIVE

ATTRIBUTING_VERBS = frozenset({"accuse", "blame", "thank", "praise", "commend", "credit"})  # "X VERBed Y of/for -ing"
OWN = frozenset({"territory", "villages", "towns", "civilians"})  # "shelling its territory"
TARGET_PREPS: frozenset[str | None] = frozenset({"on", "against", "at"})
# verbs that carry out an attack noun: "accused Y of launching a drone strike on its territory"
LAUNCHING = frozenset({"launching", "carrying", "conducting", "staging", "mounting"})
LAUNCH_REACH = 5  # words from the launching verb to the attack noun: "of carrying out a deadly drone strike"


def read(r: Reader, pos: int, end: int) -> bool:
    """Emit the fighting an accusation at the conflict verb `pos` states; True when it does."""
    accused, victims = _accused_of(r, pos, end)
    if accused and victims:
        forces.emit_pairs(r, accused, victims, "conflict.verb")
        return True
    return False


def _forces_owner(low: list[str], by_end: dict[int, Mention], k: int) -> Mention | None:
    """The actor whose forces word ends at `k`: 'Sudanese forces', 'Sudan's army'."""
    if k < 1 or low[k] not in FORCES:
        return None
    return by_end.get(k) or (by_end.get(k - 1) if low[k - 1] in POSSESSIVE else None)


def _accused_of(r: Reader, pos: int, end: int) -> tuple[list[Mention], list[Mention]]:
    """The accused and the accuser's own forces in 'X accused Y of attacking its soldiers', 'X blamed Y for shelling
    its positions': Y fought X (an object of its own, 'of attacking Z', is read by the verb)."""
    s = r.s
    if pos < 3 or not s.low[pos].endswith("ing") or s.low[pos - 1] not in ("of", "for"):
        return [], []
    accused = s.by_end.get(pos - 1) or _forces_owner(s.low, s.by_end, pos - 2)  # "Sudanese forces", "Y's army"
    verb = accused.start - 1 - (accused.start > 1 and s.low[accused.start - 1] in DETERMINERS) if accused else -1
    if accused is None or verb < 1 or not base_in(s.low[verb], ATTRIBUTING_VERBS):
        return [], []
    j = end + (end < len(s.low) and s.low[end] in TARGET_PREPS)
    owned = s.low[j + 1 : j + 3]
    if s.low[j : j + 1] not in (["its"], ["their"]) or not any(w in HELD or w in SOLDIERS or w in OWN for w in owned):
        objects = [m for m in r.right_objects(end, TARGET_PREPS | {None}, window=6) if m.prep in TARGET_PREPS | {None}]
        return ([accused], objects[:1]) if objects else ([], [])  # "of attacking Z": Z
    accusers, pronoun = r.left_subject(verb)
    return ([accused], accusers) if accusers and pronoun is None else ([], [])


def launched(r: Reader, pos: int, end: int) -> bool:
    """'X accused Y of launching a drone strike on its territory', 'X blamed Y for carrying out attacks against its
    soldiers': Y fought X; True when read (an attack on another, 'on Z', is read by the noun)."""
    s = r.s
    verb = next((j for j in range(pos - 1, max(0, pos - LAUNCH_REACH), -1) if s.low[j] in LAUNCHING), None)
    if verb is None and pos > 2 and s.low[pos - 1] == "of":
        return _accused_of_attacks(r, pos, end)
    if verb is None or not all(w.isalpha() or w == "-" for w in s.low[verb + 1 : pos]):
        return False
    j = end + (end < len(s.low) and s.low[end] in TARGET_PREPS)
    if s.low[j : j + 1] not in (["its"], ["their"]):
        return False
    accused, victims = _accused_of(r, verb, end)
    if accused and victims:
        forces.emit_pairs(r, accused, victims, "conflict.verb")
    return bool(accused and victims)


GROUND_PREPS: frozenset[str | None] = frozenset({"in", "on", "inside", "across"})  # "airstrikes in Kabul"
GROUND_REACH = 4  # words from the attack noun to the accuser's ground: "of deadly airstrikes in eastern Kabul"


def _accused_of_attacks(r: Reader, pos: int, end: int) -> bool:
    """'X accused Y of airstrikes in Kabul' (X's ground): Y fought X; True when read."""
    s = r.s
    accused = s.by_end.get(pos - 1)
    verb = accused.start - 1 if accused is not None else -1
    if accused is None or verb < 1 or not base_in(s.low[verb], ATTRIBUTING_VERBS):
        return False
    accusers, pronoun = r.left_subject(verb)
    own = {m.actor for m in accusers}
    ground = [m for m in r.right_objects(end, GROUND_PREPS, window=GROUND_REACH) if m.prep in GROUND_PREPS]
    if pronoun is not None or not ground or ground[0].actor not in own or accused.actor in own:
        return False
    forces.emit_pairs(r, [accused], [ground[0]], "conflict.verb")
    return True


CHARGE_REACH = 6  # words back from a gerund's 'of' to the accusing verb: "accused the Islamic Republic of"
CHARGING = frozenset({"accuse", "blame"})


def charged_gerund(low: list[str], verb: int) -> bool:
    """Whether the verb at `verb` is the gerund of a charge: 'accused Iran of conducting an attack', 'blamed Y for
    carrying out the raid' (what it did is alleged, read by the accusation)."""
    if not (low[verb].endswith("ing") and verb >= 2 and low[verb - 1] in ("of", "for")):
        return False
    return any(base_in(w, CHARGING) for w in low[max(0, verb - 1 - CHARGE_REACH) : verb - 1])
