#!/usr/bin/env python3
"""Seed report text -> HTML that LibreOffice turns into a Word document with real tables.

Lines become paragraphs; a block of TAB-led lines (one cell per line, an empty line after each row) becomes a
<table>. An empty cell is the lower part of a vertically merged cell (rowspan on the cell above); a row with
fewer cells than the first row starts with a cell spanning the missing columns. "[bookmark: x]" debris becomes
a real bookmark, as in the Word file the text was exported from.
"""
import html
import re
import sys

BOOKMARK = re.compile(r"\[bookmark: ([^\]]*)\]")


def paragraph(line):
    anchors = "".join('<a name="%s"></a>' % html.escape(m) for m in BOOKMARK.findall(line))
    text = html.escape(BOOKMARK.sub("", line))
    return "<p>%s%s</p>" % (anchors, text)


def table(rows):
    width = max(len(r) for r in rows)
    spans = [[1] * len(r) for r in rows]  # rowspan of each cell, 0 = covered by the cell above
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            if cell == "" and i > 0 and len(rows[i - 1]) == len(row):
                k = i - 1
                while spans[k][j] == 0:
                    k -= 1
                spans[k][j] += 1
                spans[i][j] = 0
    out = ['<table border="1" cellspacing="0">']
    for i, row in enumerate(rows):
        out.append("<tr>")
        for j, cell in enumerate(row):
            if spans[i][j] == 0:
                continue
            attrs = ""
            if spans[i][j] > 1:
                attrs += ' rowspan="%d"' % spans[i][j]
            if j == 0 and len(row) < width:
                attrs += ' colspan="%d"' % (width - len(row) + 1)
            out.append("<td%s>%s</td>" % (attrs, html.escape(cell)))
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


def main(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    body, rows, row = [], [], []
    for line in lines:
        if line.startswith("\t"):
            row.append(line[1:].strip())
            continue
        if row:
            rows.append(row)
            row = []
            if line == "":
                continue
        if rows:
            body.append(table(rows))
            rows = []
        body.append(paragraph(line))
    if row:
        rows.append(row)
    if rows:
        body.append(table(rows))
    print('<html><head><meta charset="utf-8"></head><body>')
    print("\n".join(body))
    print("</body></html>")


if __name__ == "__main__":
    main(sys.argv[1])
