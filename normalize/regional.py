"""Regional units of the province's state services, read as the province's body of that service.

Since 1 July 2025 the tax and social insurance services work through units below the province
named by a number or a place ("Thuế cơ sở 1 Thành phố Hồ Chí Minh", "Bảo hiểm xã hội cơ sở Sài
Gòn"): a plan asks them as the province's tax or insurance body, which its list or the catalogue
names ("Thuế tỉnh", "Bảo hiểm xã hội tỉnh"). The services
and the words for their units are data (normalize/vocabulary.toml [regional]).
"""

from __future__ import annotations

import re

from normalize.index import AgencyIndex
from normalize.lookups import lookup_key
from normalize.vocab import PROVINCE_UNITS, REGIONAL_SERVICES, REGIONAL_UNITS, alternation

#: A service's unit below the province at the start of an expanded key, and what follows it.
_REGIONAL_RE = re.compile(
    rf"^(?P<service>{alternation(REGIONAL_SERVICES, ' ')}) (?:{alternation(REGIONAL_UNITS, ' ')})\b(?P<rest>.*)$"
)
#: The province's level word in what follows the unit ("... thành phố hồ chí minh").
_PROVINCE_WORD_RE = re.compile(rf"\b(?:{alternation(PROVINCE_UNITS, ' ')})\b.*$")


def regional_unit(key: str, index: AgencyIndex) -> str | None:
    """Return the province's body of the service whose unit ``key`` (an expanded key) names, or None.

    The unit's number or place is taken off; the province's name, when written, stays ("thuế
    thành phố hồ chí minh"); without it each level word of the province is tried, and exactly one
    entry must answer.
    """
    found = _REGIONAL_RE.match(key)
    if found is None:
        return None
    service = found.group("service")
    province = _PROVINCE_WORD_RE.search(found.group("rest"))
    if province is not None:
        return lookup_key(f"{service} {province.group(0)}", index)
    answers = {lookup_key(f"{service} {unit}", index) for unit in PROVINCE_UNITS} - {None}
    return answers.pop() if len(answers) == 1 else None
