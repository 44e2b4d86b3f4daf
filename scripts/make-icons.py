"""Draws the add-in icons (a rising bar chart on a blue tile) as PNGs, without image libraries. Run once: python3 scripts/make-icons.py"""
import struct, zlib

def png(size, path):
    bg, fg = (0x0F, 0x4C, 0x81), (0xFF, 0xFF, 0xFF)
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            u, v = x / size, 1 - (y + 0.5) / size
            bar = int(u * 4)  # four bars, each taller
            inside_bar = 0.12 < u < 0.88 and (u * 4 - bar) > 0.25 and v > 0.15 and v < 0.15 + 0.18 * (bar + 1)
            row += bytes(fg if inside_bar else bg)
        rows.append(bytes(row))
    raw = b"".join(rows)
    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    open(path, "wb").write(data)

for s in (16, 32, 64, 80, 128):
    png(s, f"assets/icon-{s}.png")
