#!/usr/bin/env node
// Draws the add-in's icons (assets/icon-N.png) with nothing but zlib, so that anyone can redraw
// them without an image editor. The output is committed; run again only to change the design.
// Design: a red rounded square (the colour of government documents) holding a white table of
// three rows, a header band and one column rule — "the three tables".
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const SIZES = [16, 32, 64, 80, 128];
const RED = [200, 16, 46];
const WHITE = [255, 255, 255];

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Coverage (0..1) of pixel (x, y) by the design, sampled 4×4 for smooth edges at small sizes. */
function paint(size, x, y) {
  const samples = 4;
  let red = 0;
  let white = 0;
  for (let sy = 0; sy < samples; sy++) {
    for (let sx = 0; sx < samples; sx++) {
      const u = (x + (sx + 0.5) / samples) / size;
      const v = (y + (sy + 0.5) / samples) / size;
      if (!insideRoundedSquare(u, v, 0.04, 0.18)) continue;
      if (onTable(u, v)) white++;
      else red++;
    }
  }
  const total = samples * samples;
  return { red: red / total, white: white / total };
}

function insideRoundedSquare(u, v, margin, radius) {
  const lo = margin + radius;
  const hi = 1 - margin - radius;
  const dx = u < lo ? lo - u : u > hi ? u - hi : 0;
  const dy = v < lo ? lo - v : v > hi ? v - hi : 0;
  return u >= margin && u <= 1 - margin && v >= margin && v <= 1 - margin && dx * dx + dy * dy <= radius * radius;
}

function onTable(u, v) {
  const left = 0.22;
  const right = 0.78;
  const top = 0.24;
  const bottom = 0.76;
  const rule = 0.055;
  if (u < left || u > right || v < top || v > bottom) return false;
  const onFrame = u < left + rule || u > right - rule || v < top + rule || v > bottom - rule;
  const headerBand = v < top + 0.16;
  const rowRules = [0.5, 0.63].some((r) => Math.abs(v - r) < rule / 2);
  const columnRule = Math.abs(u - 0.42) < rule / 2;
  return onFrame || headerBand || rowRules || columnRule;
}

function png(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA
    for (let x = 0; x < size; x++) {
      const { red, white } = paint(size, x, y);
      const alpha = red + white;
      const at = 1 + x * 4;
      for (let c = 0; c < 3; c++) {
        row[at + c] = alpha === 0 ? 0 : Math.round((RED[c] * red + WHITE[c] * white) / alpha);
      }
      row[at + 3] = Math.round(alpha * 255);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const outDir = path.join(__dirname, "..", "assets");
fs.mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(outDir, `icon-${size}.png`);
  fs.writeFileSync(file, png(size));
  console.log(`${path.relative(process.cwd(), file)}  ${size}×${size}`);
}
