"""One of two processes submitting the same expert's scores at once (test_submit_race).

argv: identity file, passphrase, database, store, package digest, opinion text, out file,
go file. Prints "ready", waits for the go file, changes one opinion, submits, prints the
result as JSON."""

from __future__ import annotations

import json
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from reviewdesk.core.crypto.identity import load_identity
from reviewdesk.core.errors import SheetError
from reviewdesk.core.expert import sheets
from reviewdesk.core.expert.desk import ExpertDesk
from reviewdesk.core.storage import Database


def main() -> int:
    identity_file, passphrase, database, store, digest, opinion, out, go = sys.argv[1:9]
    identity = load_identity(Path(identity_file), passphrase)
    with Database.open(path=Path(database)) as db:
        desk = ExpertDesk.reopen(db, identity, Path(store), digest)
        print("ready", flush=True)
        while not Path(go).exists():
            time.sleep(0.002)
        # The other process may freeze or revise the draft meanwhile (this test takes no
        # home lock, so that two processes can race to submit at all).
        while True:
            try:
                sheets.save_overall_opinion(db, desk.revise_sheet("R-001"), opinion)
                break
            except SheetError as error:
                if error.code not in ("sheet-submitted", "sheet-not-latest"):
                    raise
        result = desk.submit(Path(out), now=datetime.now(UTC))
    print(json.dumps({"revision": result.revision, "digest": result.digest,
                      "unchanged": result.unchanged, "out": out}), flush=True)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
