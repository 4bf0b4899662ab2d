#!/usr/bin/env python3
"""Writes the committed AFL++ seeds: the spec examples (hex dumps in tests/Conformance.Protocol.Tests/Vectors)
wrapped as the inputs each fuzz target takes. Run from the repository root; the output is deterministic."""
import hashlib, os, re, struct, glob

VECTORS = "tests/Conformance.Protocol.Tests/Vectors"
HANDLES = struct.pack("<4I", 0x00000001, 0x00000002, 0x00000003, 0xFFFFFFFF)

def parse_hex(text):
    lines = []
    for line in text.splitlines():
        line = re.sub(r"^\s*[0-9A-Fa-f]{4}:\s", " ", line).replace("-", " ")
        lines.append(line)
    tokens = " ".join(lines).split()
    if not tokens or not all(re.fullmatch(r"[0-9A-Fa-f]{2}", t) for t in tokens):
        return None
    return bytes(int(t, 16) for t in tokens)

def request_vectors():
    found = []
    for path in sorted(glob.glob(VECTORS + "/*.cs")):
        source = open(path).read()
        constants = {m.group(1): m.group(2) for m in re.finditer(r'const string (\w+) = """(.*?)"""', source, re.S)}
        for m in re.finditer(r'AssertRequestVector\(\s*(?:"""(.*?)"""|"([^"]*)"|(\w+))', source, re.S):
            text = m.group(1) or m.group(2) or constants.get(m.group(3) or "", "")
            data = parse_hex(text)
            if data and len(data) >= 3:
                found.append(data)
    return found

def write(target, data):
    folder = f"fuzz/seeds/{target}"
    os.makedirs(folder, exist_ok=True)
    with open(f"{folder}/seed-{hashlib.sha1(data).hexdigest()[:16]}", "wb") as f:
        f.write(data)

def input_buffer(rops):
    return struct.pack("<H", 2 + len(rops)) + rops + HANDLES

requests = request_vectors()
for rop in requests:
    buffer = input_buffer(rop)
    write("rop-request", buffer)
    write("store", buffer)
    # The planted-bug check on the decoder starts from the RopSeekStream examples: the crash is planted in that decoder,
    # and coverage feedback must still lead AFL++ to the four planted bytes one at a time.
    if rop[0] == 0x2E:
        write("planted-decoder", buffer)
    # The answer a failing server gives any ROP: RopId, InputHandleIndex (or OutputHandleIndex), ReturnValue.
    failure = bytes([rop[0], rop[2] if len(rop) > 2 else 0]) + struct.pack("<I", 0x8004010F)
    output = struct.pack("<H", 2 + len(failure)) + failure + HANDLES
    write("rop-response", struct.pack("<H", len(buffer)) + buffer + output)

payloads = [input_buffer(r) for r in requests[:8]]
for payload in payloads:
    for flags, body in ((0x0004, payload), (0x0006, bytes(b ^ 0xA5 for b in payload))):
        header = struct.pack("<HHHH", 0, flags, len(body), len(payload))
        write("extended-buffer", b"\x00" + header + body)
    # LZ77 alone: the uncompressed form is a 4-byte all-literal flag word and the literals.
    write("extended-buffer", b"\x01" + struct.pack("<H", len(payload[:32])) + b"\x00\x00\x00\x00" + payload[:32])

for payload in payloads[:6]:
    aux = b""
    write("mapihttp", b"\x01" + struct.pack("<II", 0, len(payload)) + payload + struct.pack("<II", 0x8000, len(aux)) + aux)
    write("mapihttp", b"\x04" + struct.pack("<IIII", 0, 0, 0, len(payload)) + payload + struct.pack("<I", 0))
    headers = b"HTTP/1.1 200 OK\r\nX-ResponseCode: 0\r\nX-RequestType: Execute\r\nX-RequestId: {1}:1\r\nContent-Type: application/mapi-http\r\n\r\n"
    write("mapihttp", b"\x07" + headers + b"PROCESSING\r\nPENDING\r\nDONE\r\nX-ElapsedTime: 1\r\nX-StartTime: Mon, 01 Jan 2024 00:00:00 GMT\r\n\r\n" + struct.pack("<IIII", 0, 0, 0, len(payload)) + payload + struct.pack("<I", 0))
write("mapihttp", b"\x00" + b"/o=Fuzz/cn=Recipients/cn=fuzz\x00" + struct.pack("<IIII", 0, 0x4E4, 0x409, 0))
write("mapihttp", b"\x02" + struct.pack("<I", 0))
write("mapihttp", b"\x06" + struct.pack("<II", 0x8004010F, 0))
print({t: len(os.listdir(f"fuzz/seeds/{t}")) for t in ("rop-request", "store", "rop-response", "extended-buffer", "mapihttp", "planted-decoder")})
