#!/usr/bin/env python3
"""Writes the hostile-input fixtures beside this script. Run it again after editing; commit its output.

Each fixture is one case of tests/.../HostileInputTests; expected.yaml says what must happen to it.
"""
import os, zlib, struct

here = os.path.dirname(os.path.abspath(__file__))
HEADER = "  • 11 Feb. 2021 -\n  • |\n  • Mis à jour le: 11 Feb. 2021 17:40\n"
BODY = ("Le secrétaire général de l’OTAN a rencontré la ministre de la Défense. "
        "Ils ont évoqué la présence de l’Alliance en Afghanistan et la sécurité de l’Europe.")
TEXT = f"Le secrétaire général reçoit la ministre de la Défense\n\n{HEADER}\n{BODY}\n\nLa réunion s’est tenue au siège de l’OTAN à Bruxelles.\n"

def write(name, data):
    with open(os.path.join(here, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))

# Inputs that are taken, repaired and normalized.
write("utf8-bom.txt", b"\xef\xbb\xbf" + TEXT.encode())
write("utf16le-bom.txt", b"\xff\xfe" + TEXT.encode("utf-16-le"))
write("utf16be-bom.txt", b"\xfe\xff" + TEXT.encode("utf-16-be"))
write("windows-1252.txt", TEXT.encode("cp1252"))
write("latin1.txt", TEXT.replace("’", "'").replace("•", "*").encode("latin-1", errors="replace"))
write("mojibake-once.txt", TEXT.encode("utf-8").decode("cp1252", errors="replace").encode("utf-8"))
once = TEXT.replace("•", "-").encode("utf-8").decode("cp1252")
write("mojibake-twice.txt", once.encode("utf-8").decode("cp1252", errors="replace").encode("utf-8"))
# Their header bullets did not survive the encoding: the archivist dates them.
write("latin1.meta.yaml", "date: 2021-02-11\n")
write("mojibake-twice.meta.yaml", "date: 2021-02-11\n")
write("crlf.txt", TEXT.replace("\n", "\r\n"))
write("lone-cr.txt", TEXT.replace("\n", "\r"))
write("tabs-blank-lines-trailing-spaces.txt", TEXT.replace("\n\n", "\n\n\n\n\n").replace(". ", ".   \t").replace("\n", "   \n"))
write("invisible-characters.txt", TEXT.replace("secrétaire", "secré\u200btaire").replace("Défense", "Dé\u00adfense").replace("réunion", "réu\ufeffnion"))
write("decomposed-accents.txt", TEXT.replace("é", "e\u0301").replace("à", "a\u0300"))
write("article.html", f"""<!DOCTYPE html>
<html lang="fr"><head><title>OTAN - Actualités</title>
<meta property="article:published_time" content="2020-11-30T13:00:00+01:00">
<script>document.write('<p>injecté</p>')</script><style>p {{ color: red }}</style>
<link rel="stylesheet" href="https://example.org/never-loaded.css"></head>
<body><nav><ul><li>Accueil</li><li>Actualités</li></ul></nav>
<article><h1>Pas question de signer un chèque en blanc aux talibans</h1>
<p>{BODY}</p>
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Press conference today. <a href="https://t.co/abc123">https://t.co/abc123</a></p>&mdash; Jens Stoltenberg (@jensstoltenberg) <a href="https://twitter.com/x">November 30, 2020</a></blockquote>
<script async src="https://platform.twitter.com/widgets.js"></script>
<p>La réunion s’est tenue au siège de l’OTAN à Bruxelles.</p></article>
<footer>© OTAN</footer></body></html>
""")
write("html-fragment.txt", f"<p>Un titre de fragment HTML</p>\n<p>Ce lundi 30 novembre 2020, {BODY}</p>\n<p>Fin du fragment.</p>\n")

# Inputs that are refused, with a reason.
write("empty.txt", b"")
write("whitespace-only.txt", "  \n\t\n   \n")
write("binary-nul.txt", b"Le texte\x00\x01\x02 binaire" * 20)
png = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0) + b"\x00" * 8
write("image-named.txt", png)
write("zip-named.txt", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + zlib.compress(b"contenu") + b"\x00" * 16)
english = ("NATO Secretary General Jens Stoltenberg met the Belgian Minister of Defence at the headquarters. "
           "They discussed the future of the mission in Afghanistan and the role of the Alliance in the world. "
           "The Secretary General said that the Taliban must honour their commitments and reduce the violence. ") * 3
write("english-throughout.txt", f"NATO Secretary General meets the Belgian Minister\n\n{HEADER}\n{english}\n")
write("bad-sidecar.txt", TEXT)
write("bad-sidecar.meta.yaml", "title: Un titre\ndate: 2021-02-31\n")
write("unknown-key-sidecar.txt", TEXT)
write("unknown-key-sidecar.meta.yaml", "title: Un titre\nauthor: someone\n")
os.makedirs(os.path.join(here, "collide", "a"), exist_ok=True)
os.makedirs(os.path.join(here, "collide", "b"), exist_ok=True)
write("collide/a/same-name.txt", TEXT)
write("collide/b/same-name.txt", TEXT)
