import email, re, sys, zipfile, zlib
from email import policy
from html.parser import HTMLParser
from xml.sax.saxutils import unescape

class _Html(HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"): self.skip += 1
        if tag in ("p", "br", "tr", "li", "h1", "h2", "h3", "div", "td", "th"): self.out.append("\n")
    def handle_endtag(self, tag):
        if tag in ("script", "style"): self.skip -= 1
    def handle_data(self, data):
        if not self.skip: self.out.append(data)

def text_of(path):
    if path.endswith((".md", ".txt")):
        return open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        p = _Html(); p.feed(open(path, encoding="utf-8").read()); return "".join(p.out)
    if path.endswith(".eml"):
        m = email.message_from_binary_file(open(path, "rb"), policy=policy.default)
        return str(m["Subject"]) + "\n" + m.get_body(("plain",)).get_content()
    if path.endswith(".docx"):
        xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
        paras = re.findall(r"<w:p[ >].*?</w:p>", xml, re.S)
        return "\n".join(unescape("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p))) for p in paras)
    if path.endswith(".pdf"):
        # pdf-lib output: Flate-compressed content streams, standard fonts, WinAnsi hex strings.
        data = open(path, "rb").read(); lines = []
        for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n", data, re.S):
            end = data.index(b"endstream", m.end())
            raw = data[m.end():end]
            if b"FlateDecode" in m.group(1):
                try: raw = zlib.decompress(raw)
                except zlib.error: continue
            for h in re.findall(rb"<([0-9A-Fa-f]*)>\s*Tj", raw):
                lines.append(bytes.fromhex(h.decode()).decode("cp1252"))
        return "\n".join(lines)
    raise ValueError(path)

if __name__ == "__main__":
    print(text_of(sys.argv[1]))
