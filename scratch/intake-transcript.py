#!/usr/bin/python3
"""
Drives the real `npm run add` in a pseudo-terminal, as a person would type, and writes what
the terminal showed to scratch/intake-transcript.txt. Run with Debian's python3 (pyte):
  /usr/bin/python3 scratch/intake-transcript.py
It works on temporary copies of data/ only.
"""
import fcntl, json, os, pty, re, select, shutil, struct, subprocess, sys, tempfile, termios, time
import pyte

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIGURE = "ihr-killed-2022-23.2023-09-15.iranhr-6200"
SOURCE = "iranhr-6200"
ROWS, COLS = 400, 200


def copy_data(dest, remove=False):
    shutil.copytree(os.path.join(ROOT, "data"), dest)
    if not remove:
        return
    path = os.path.join(dest, "series", "ihr-killed-2022-23.json")
    body = json.load(open(path))
    body["figures"] = [f for f in body["figures"] if f["id"] != FIGURE]
    open(path, "w").write(json.dumps(body, indent=2, ensure_ascii=False) + "\n")
    path = os.path.join(dest, "sources.json")
    body = json.load(open(path))
    body["sources"] = [s for s in body["sources"] if s["id"] != SOURCE]
    open(path, "w").write(json.dumps(body, indent=2, ensure_ascii=False) + "\n")


def session(data_dir, steps):
    """steps: (text to wait for, keys to send). Returns the screen as text, with the pick lists shown."""
    screen = pyte.Screen(COLS, ROWS)
    stream = pyte.ByteStream(screen)
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(ROOT)
        os.environ["DATA_DIR"] = data_dir
        os.environ["TERM"] = "xterm"
        os.execvp("npm", ["npm", "run", "--silent", "add"])
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
    seen = ""
    lists = []

    def pump(until=None, timeout=120):
        nonlocal seen
        end = time.time() + timeout
        while time.time() < end:
            if until and until in seen:
                return True
            r, _, _ = select.select([fd], [], [], 0.2)
            if r:
                try:
                    data = os.read(fd, 65536)
                except OSError:
                    return False
                if not data:
                    return False
                stream.feed(data)
                seen += re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", data.decode("utf8", "replace"))
        if until:
            raise SystemExit(f"timed out waiting for {until!r}\n{seen[-2000:]}")
        return False

    for wait, keys in steps:
        pump(wait)
        time.sleep(0.3)
        pump(None, 0.3)
        if wait.startswith("Which number") or wait.startswith("Whose figure"):
            lines = [l.rstrip() for l in screen.display if l.strip()]
            i = max(k for k, l in enumerate(lines) if wait in l)
            lists.append((wait, "(the choices, as shown before Enter:)", lines[i + 1 :]))
        if wait == "is not a real calendar date":
            lines = [l.rstrip() for l in screen.display if l.strip()]
            i = max(k for k, l in enumerate(lines) if "Publication date" in l)
            lists.append(("Publication date", "(the first answer, refused at the prompt:)", lines[i:]))
        seen = ""
        os.write(fd, keys.encode())
    pump(None, 60)
    os.waitpid(pid, 0)
    out = [l.rstrip() for l in screen.display]
    while out and not out[-1]:
        out.pop()
    text = []
    for line in out:
        text.append(line)
        for wait, label, shown in lists:
            if wait in line and line.lstrip().startswith("✔"):
                text.append(f"    {label}")
                text.extend(f"    | {l}" for l in shown)
    return "\n".join(text)


ENTER = "\r"
URL = "https://iranhr.net/en/print/5/6200/"
QUOTE = "A year after the state-murder of Jina (Mahsa) Amini and the start of the nationwide protests, at least 551 protesters including 68 children and 49 women have been killed by state forces."
NOTES = "Primary IHR page; IHR's own final count, extends the existing IHR series (last: >=481 on 9 Jan 2023). Same page: 'Iran Human Rights has verified the killing of 551 protesters including 68 children and 49 women. Additionally, at least 22 protesters including four children and eight women have died by suicide or under suspicious circumstances.' Same number as the UN FFM but a separate organisation."

tmp = tempfile.mkdtemp(prefix="intake-transcript-")
try:
    whole, without = os.path.join(tmp, "whole", "data"), os.path.join(tmp, "without", "data")
    copy_data(whole)
    copy_data(without, remove=True)
    report = []
    report.append("Transcript of `npm run add` (scratch/intake-transcript.py drove the real command in a pseudo-terminal).")
    report.append(f"The figure: row 31 of ../shared/research/observations-2026-12.json, recorded in data/ as {FIGURE}.")
    report.append("Every research row is already in data/, so:\n")
    report.append("1. Against a temporary copy of data/ as it is: the URL is recognised and the figure refused as a duplicate.\n")
    report.append(session(whole, [("Document URL:", URL.upper().replace("/EN/PRINT/5/6200/", "/en/print/5/6200/") + ENTER), ("Quote", QUOTE + ENTER), ("Which number", ENTER), ("Is this how", ENTER)]))
    report.append(f"\n\n2. Against a temporary copy of data/ with that figure ({FIGURE}) and its source ({SOURCE}) removed\n   (releases/ kept: the validator compares the re-added figure with the released one).\n")
    report.append(
        session(
            without,
            [
                ("Document URL:", URL + ENTER),
                ("Title", "Statement of 15 September 2023, one year after the killing of Jina (Mahsa) Amini" + ENTER),
                ("Where is that title from", "\x1b[B\x1b[B" + ENTER),
                ("Publisher", "Iran Human Rights (iranhr.net)" + ENTER),
                ("Language", ENTER),
                ("Publication date", "2023-09-31" + ENTER),
                ("is not a real calendar date", "\x7f" * 10 + "2023-09-15" + ENTER),
                ("Day you read it", ENTER),
                ("Kind of document", ENTER),
                ("Quote", QUOTE + ENTER),
                ("Which number", ENTER),
                ("Is this how", ENTER),
                ("Day the count refers to", ENTER),
                ("Does the document state", ENTER),
                ("Whose figure", ENTER),
                ("How the document attributes", "Iran Human Rights (IHR/IHRNGO, Oslo)" + ENTER),
                ("What does it count", ENTER),
                ("Which protest wave", ENTER),
                ("Where in the document", ENTER),
                ("Notes for reviewers", NOTES + ENTER),
                ("Write these changes", ENTER),
            ],
        )
    )
    diff = subprocess.run(["git", "diff", "--no-index", "--no-color", "--", os.path.join(ROOT, "data"), without], capture_output=True, text=True).stdout
    diff = diff.replace(os.path.join(ROOT, "data").lstrip("/"), "data").replace(without.lstrip("/"), "copy/data")
    report.append("\n\n3. The copy after the session, against the repository's data/ (git diff --no-index data/ copy/data/):\n")
    report.append(diff.rstrip() or "(no difference)")
    val = subprocess.run(["npm", "run", "--silent", "validate", "--", without], cwd=ROOT, capture_output=True, text=True)
    report.append("\n\n4. npm run validate -- copy/data:\n")
    report.append(val.stdout.strip().splitlines()[-1])
    text = "\n".join(report) + "\n"
    open(os.path.join(ROOT, "scratch", "intake-transcript.txt"), "w").write(text)
    print(text)
finally:
    shutil.rmtree(tmp, ignore_errors=True)
