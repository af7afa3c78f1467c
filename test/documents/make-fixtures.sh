#!/usr/bin/env bash
# Makes fixtures/documents/ from real report text: PDFs printed by Chromium (its header and footer of
# date, title, address and page numbers kept, as printed reports carry them) and by LibreOffice, and
# Word files written by LibreOffice; and beside this script the two that must fail, kept out of fixtures/ (which
# `govmine extract fixtures` reads whole): an image-only PDF (a page rendered to PNG and printed
# again, as a scan is) and a PDF locked with a password. Not run by npm test: the files are
# committed. Needs (as root):
#   apt-get install -y chromium fonts-noto-cjk libreoffice-writer-nogui poppler-utils qpdf
set -euo pipefail
cd "$(dirname "$0")/../.."
out=fixtures/documents
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

# a report's text as a simple page: one <p> a line, indented as official documents are
page() { # page SOURCE.txt TITLE > PAGE.html
  python3 - "$1" "$2" <<'PY'
import html, sys
lines = [l.strip() for l in open(sys.argv[1], encoding='utf-8').read().splitlines() if l.strip()]
print('<!doctype html><html><head><meta charset="utf-8"><title>%s</title>' % html.escape(sys.argv[2]))
print('<style>body{font-size:16px;line-height:1.6} p{text-indent:2em;margin:0}</style></head><body>')
print('\n'.join('<p>%s</p>' % html.escape(l) for l in lines))
print('</body></html>')
PY
}
print_pdf() { # print_pdf PAGE.html OUT.pdf [chromium options]
  local from=$1 to=$2; shift 2
  chromium --headless --no-sandbox --disable-gpu "$@" --print-to-pdf="$to" "file://$from" 2>/dev/null
}
docx() { # docx PAGE.html OUT.docx
  soffice --headless --convert-to docx:"MS Word 2007 XML" --outdir "$work" "$1" >/dev/null
  mv "$work/$(basename "${1%.html}").docx" "$2"
}

page fixtures/000_0a1174e0e61f44a7.txt '重庆市北碚区应急管理局2023年法治政府建设情况报告' > "$work/000.html"
page fixtures/003_82e0cdeab1434db4.txt '重庆市南岸区应急管理局关于2024年法治政府建设情况的报告' > "$work/003.html"
page fixtures/001_1337db6bbca4abca.txt '2024年度法治政府建设情况报告' > "$work/001.html"
page fixtures/extra/extra_06_transport.txt 'XX市交通运输局关于2024年法治政府建设情况的报告' > "$work/extra_06.html"

# the disclosure report with its tables: the article of the portal page, under its title and date line
python3 - fixtures/html/zfxxgk_pingtan_2022.html > "$work/pingtan.html" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
i = s.index('<div class=TRS_Editor>'); j = s.index('<div class="article_attachment"', i)
t = '平潭综合实验区2022年度政府信息公开工作年度报告'
print('<!doctype html><html><head><meta charset="utf-8"><title>%s</title></head><body>' % t)
print('<h1 style="text-align:center;font-size:20px">%s</h1><p style="text-align:center">来源：平潭县人民政府 时间：2023-02-20 15:07</p>' % t)
print(s[i:j] + '</div></div></body></html>')
PY

print_pdf "$work/000.html" "$out/000_0a1174e0e61f44a7.pdf"
print_pdf "$work/003.html" "$out/003_82e0cdeab1434db4.pdf"
print_pdf "$work/pingtan.html" "$out/zfxxgk_pingtan_2022.pdf"
docx "$work/001.html" "$out/001_1337db6bbca4abca.docx"
docx "$work/pingtan.html" "$out/zfxxgk_pingtan_2022.docx"
# the .docx as LibreOffice prints it: justified, no first-line indent, paragraphs set apart, CJK in Type 1
soffice --headless --convert-to pdf --outdir "$work" "$out/001_1337db6bbca4abca.docx" >/dev/null
mv "$work/001_1337db6bbca4abca.pdf" "$out/001_1337db6bbca4abca.pdf"
soffice --headless --convert-to doc:"MS Word 97" --outdir "$work" "$work/extra_06.html" >/dev/null
mv "$work/extra_06.doc" "$out/extra_06_transport.doc"

# a scan: the first page of a printed report as a picture, printed again with nothing else on it
pdftoppm -r 100 -png -f 1 -l 1 "$out/003_82e0cdeab1434db4.pdf" "$work/scan"
printf '<!doctype html><html><body style="margin:0"><img src="scan-1.png" style="width:100%%"></body></html>' > "$work/scan.html"
print_pdf "$work/scan.html" test/documents/scan.pdf --no-pdf-header-footer

# locked: opening it needs a password
page fixtures/extra/extra_02_stats.txt 'XX市2023年国民经济和社会发展统计公报' | head -c 1500 > "$work/short.html"
print_pdf "$work/short.html" "$work/short.pdf" --no-pdf-header-footer
qpdf --encrypt secret secret 256 -- "$work/short.pdf" test/documents/encrypted.pdf
ls -la "$out"
