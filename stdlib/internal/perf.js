'use strict';
// The `performance` global: a high-resolution clock measured from
// `timeOrigin`, with marks and measures.

const binding = internalBinding('process_methods');

const startNs = binding.hrtimeBigInt();
const timeOrigin = Date.now() - binding.uptime() * 1000;
const originNs = startNs - BigInt(Math.round(binding.uptime() * 1e9));

function now() {
  return Number(binding.hrtimeBigInt() - originNs) / 1e6;
}

class PerformanceEntry {
  constructor(name, entryType, startTime, duration, detail) {
    this.name = name;
    this.entryType = entryType;
    this.startTime = startTime;
    this.duration = duration;
    if (detail !== undefined) this.detail = detail;
  }

  toJSON() {
    return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration };
  }
}

const entries = [];

class Performance {
  now() { return now(); }
  get timeOrigin() { return timeOrigin; }

  mark(name, options = {}) {
    const entry = new PerformanceEntry(`${name}`, 'mark', options.startTime ?? now(), 0, options.detail);
    entries.push(entry);
    return entry;
  }

  measure(name, startMark, endMark) {
    const find = (mark) => {
      if (mark === undefined) return undefined;
      if (typeof mark === 'number') return mark;
      const e = entries.findLast((x) => x.entryType === 'mark' && x.name === mark);
      if (!e) {
        const { DOMException } = require('internal/per_context/domexception');
        throw new DOMException(`The "${mark}" performance mark has not been set`, 'SyntaxError');
      }
      return e.startTime;
    };
    const start = find(typeof startMark === 'object' && startMark !== null ? startMark.start : startMark) ?? 0;
    const end = find(typeof startMark === 'object' && startMark !== null ? startMark.end : endMark) ?? now();
    const entry = new PerformanceEntry(`${name}`, 'measure', start, end - start);
    entries.push(entry);
    return entry;
  }

  clearMarks(name) { removeEntries('mark', name); }
  clearMeasures(name) { removeEntries('measure', name); }
  getEntries() { return entries.slice(); }
  getEntriesByName(name, type) {
    return entries.filter((e) => e.name === name && (type === undefined || e.entryType === type));
  }
  getEntriesByType(type) { return entries.filter((e) => e.entryType === type); }
  toJSON() { return { timeOrigin, eventLoopUtilization: undefined, nodeTiming: undefined }; }
}

function removeEntries(type, name) {
  for (let i = entries.length - 1; i >= 0; i--) {
    if (entries[i].entryType === type && (name === undefined || entries[i].name === name)) entries.splice(i, 1);
  }
}

Object.defineProperty(Performance.prototype, Symbol.toStringTag, { value: 'Performance', configurable: true });

const performance = new Performance();

module.exports = { performance, Performance, PerformanceEntry };
