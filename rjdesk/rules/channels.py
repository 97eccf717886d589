"""How a victim is contacted, and when a contact meets an information duty.

A letter, an email or a text is an attempt, not a contact made (a letter sent may never be read). Any attempt
meets the first contact attempt. The information duties — a progress update the victim asked for, being told
the intervention has concluded — are met by a contact made, or by a written message only where the victim chose
that way of hearing from us (practice review §2.10: "it meets an information-type duty only when the victim
chose letters as their channel").
"""

from __future__ import annotations

from rjdesk.rules.duties import DutyCode

CHANNELS = ("phone", "letter", "email", "visit", "video", "text")
CHANNEL_LABELS = {
    "phone": "Phone",
    "letter": "Letter",
    "email": "Email",
    "visit": "Visit",
    "video": "Video call",
    "text": "Text message",
}
# Messages that carry their content whether or not anyone answers: an unanswered call or a missed visit tells
# the victim nothing, so only these can meet an information duty without a contact made.
WRITTEN_CHANNELS = frozenset({"letter", "email", "text"})
# The duties whose substance is telling the victim something: a message they chose can carry it.
INFORMATION_DUTIES = frozenset({DutyCode.PROGRESS_UPDATE, DutyCode.INTERVENTION_END})


def meets_information_duty(made: bool, channel: str, preferred_channel: str | None) -> bool:
    """Whether a contact (made, or only attempted by ``channel``) meets an information duty."""
    return made or (channel in WRITTEN_CHANNELS and channel == preferred_channel)


def duties_met(
    made: bool, channel: str, preferred_channel: str | None, asked: frozenset[DutyCode]
) -> frozenset[DutyCode]:
    """Of the duties the user says this contact was for, the ones it meets beyond the first contact attempt.

    A contact made meets what it was for; an attempt meets only information duties, and only by a written
    message sent the way the victim chose."""
    if made:
        return asked
    if meets_information_duty(made, channel, preferred_channel):
        return asked & INFORMATION_DUTIES
    return frozenset()
