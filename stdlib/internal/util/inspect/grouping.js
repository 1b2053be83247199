'use strict';
// How util.inspect lays out arrays of more than six entries: as aligned
// columns when the entries are short and of similar width.
// internal/util/inspect loads this module for the first such array.

// internal/util/inspect's helpers, handed over when it loads this module.
let core;
function init(shared) {
  core = shared;
}

// Lays out many short array entries as aligned columns.
function groupArrayElements(ctx, output, value) {
  const { getStringWidth } = core;
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  // Leave the "... more items" entry out of the computation.
  if (ctx.maxArrayLength < output.length) outputLength--;
  const separatorSpace = 2; // ", "
  const dataLen = new Array(outputLength);
  for (let i = 0; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  // Only group when at least three columns fit and entries are of similar
  // length (no single entry is much longer than the average).
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    const approxCharHeights = 2.5;
    const averageBias = Math.sqrt(actualMax - totalLength / output.length);
    const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    const columns = Math.min(
      // Aim for a roughly square block, characters being ~2.5 times higher
      // than wide.
      Math.round(Math.sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
      Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15,
    );
    if (columns <= 1) return output;

    const maxLineLength = [];
    for (let i = 0; i < columns; i++) {
      let lineLength = 0;
      for (let j = i; j < output.length; j += columns) {
        if (dataLen[j] > lineLength) lineLength = dataLen[j];
      }
      maxLineLength.push(lineLength + separatorSpace);
    }
    // Numbers are right aligned, everything else left aligned.
    let padStart = true;
    if (value !== undefined) {
      for (let i = 0; i < output.length; i++) {
        if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
          padStart = false;
          break;
        }
      }
    }
    const tmp = [];
    for (let i = 0; i < outputLength; i += columns) {
      const max = Math.min(i + columns, outputLength);
      const line = [];
      let j = i;
      for (; j < max - 1; j++) {
        // Color codes take no columns but count in String#length.
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
        line.push(padStart ? `${output[j]}, `.padStart(padding, ' ') :
          `${output[j]}, `.padEnd(padding, ' '));
      }
      if (padStart) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
        line.push(output[j].padStart(padding, ' '));
      } else {
        line.push(output[j]);
      }
      tmp.push(line.join(''));
    }
    if (ctx.maxArrayLength < output.length) tmp.push(output[outputLength]);
    output = tmp;
  }
  return output;
}

module.exports = { init, groupArrayElements };
