# Regenerates BidiClasses.txt and BidiBrackets.txt from Debian's unicode-data
# (/usr/share/unicode). Run: python3 generate.py. Unassigned code points keep the UAX #44
# defaults (R, AL, ET blocks); everything else defaults to L.
import re
UCD = "/usr/share/unicode/"
classes = {}
defaults = [((0x0590, 0x05FF), "R"), ((0x07C0, 0x085F), "R"), ((0xFB1D, 0xFB4F), "R"),
            ((0x10800, 0x10CFF), "R"), ((0x10D40, 0x10EBF), "R"), ((0x10F00, 0x10F2F), "R"),
            ((0x10F70, 0x10FFF), "R"), ((0x1E800, 0x1EC6F), "R"), ((0x1ECC0, 0x1ECFF), "R"),
            ((0x1ED50, 0x1EDFF), "R"), ((0x1EF00, 0x1EFFF), "R"),
            ((0x0600, 0x07BF), "AL"), ((0x0860, 0x08FF), "AL"), ((0xFB50, 0xFDCF), "AL"),
            ((0xFDF0, 0xFDFF), "AL"), ((0xFE70, 0xFEFF), "AL"), ((0x10D00, 0x10D3F), "AL"),
            ((0x10EC0, 0x10EFF), "AL"), ((0x10F30, 0x10F6F), "AL"), ((0x1EC70, 0x1ECBF), "AL"),
            ((0x1ED00, 0x1ED4F), "AL"), ((0x1EE00, 0x1EEFF), "AL"), ((0x20A0, 0x20CF), "ET")]
for (a, b), c in defaults:
    for cp in range(a, b + 1):
        classes[cp] = c
first = None
for line in open(UCD + "UnicodeData.txt"):
    f = line.split(";")
    cp = int(f[0], 16)
    if f[1].endswith("First>"):
        first = cp
        continue
    start = first if f[1].endswith("Last>") else cp
    first = None
    for c in range(start, cp + 1):
        classes[c] = f[4]
out, prev, start = [], None, 0
for cp in range(0x110000):
    c = classes.get(cp, "L")
    if c != prev:
        if prev is not None and prev != "L":
            out.append("%X %X %s" % (start, cp - 1, prev))
        prev, start = c, cp
if prev != "L":
    out.append("%X %X %s" % (start, 0x10FFFF, prev))
open("BidiClasses.txt", "w").write("\n".join(out) + "\n")
pairs = []
for line in open(UCD + "BidiBrackets.txt"):
    m = re.match(r"([0-9A-F]+); ([0-9A-F]+); ([oc])", line)
    if m:
        pairs.append("%s %s %s" % m.groups())
open("BidiBrackets.txt", "w").write("\n".join(pairs) + "\n")
