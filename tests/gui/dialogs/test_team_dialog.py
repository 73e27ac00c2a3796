"""File → Team project… lists the rows the background sync left out, isolated and escaped (a row
from the server may hold markup or direction overrides)."""

from __future__ import annotations

from annotator.gui.team.team_dialog import TeamDialog


class LinkedSession:
    annotator = "layla"

    def team_status(self) -> dict:
        return {"linked": True, "server": "layla@localhost:5432/team", "role": "layla", "last_sync": None,
                "outbox": 0, "refused": [], "conflicts": 0}


def test_the_dialog_lists_what_the_sync_left_out(qtbot):
    lines = [f"annotation 'a{i}' from the server left out: <b>span</b> text does not match" for i in range(25)]
    dialog = TeamDialog(LinkedSession(), left_out=lines)
    qtbot.addWidget(dialog)
    html = dialog.info.text()
    assert "Left out of syncs" in html
    assert "annotation &#x27;a24&#x27;" in html or "annotation 'a24'" in html  # the latest ones
    assert "a4'" not in html and "a4&#x27;" not in html  # only the last 20
    assert "&lt;b&gt;span&lt;/b&gt;" in html and "<b>span</b>" not in html
    quiet = TeamDialog(LinkedSession())
    qtbot.addWidget(quiet)
    assert "Left out" not in quiet.info.text()
