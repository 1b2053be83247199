'use strict';
// console.table: turns tabular data into rows of inspected cells and renders
// them with box-drawing characters. Loaded on the first console.table call.

const { previewEntries } = internalBinding('util');
const { isMap, isMapIterator, isSet, isSetIterator, isTypedArray } = internalBinding('types');
const { inspect, getStringWidth } = require('internal/util/inspect');
const { inspectOptions } = require('internal/console/format');

const tableChars = {
  middleMiddle: '─',
  rowMiddle: '┼',
  topRight: '┐',
  topLeft: '┌',
  leftMiddle: '├',
  topMiddle: '┬',
  bottomRight: '┘',
  bottomLeft: '└',
  bottomMiddle: '┴',
  rightMiddle: '┤',
  left: '│ ',
  right: ' │',
  middle: ' │ ',
};

// Cells are left aligned and padded to the column width.
function renderRow(row, columnWidths) {
  const parts = [tableChars.left];
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    parts.push(cell, ' '.repeat(Math.max(0, columnWidths[i] - getStringWidth(cell))));
    if (i !== row.length - 1) parts.push(tableChars.middle);
  }
  parts.push(tableChars.right);
  return parts.join('');
}

function renderTable(head, columns) {
  const rows = [];
  const columnWidths = head.map((h) => getStringWidth(h));
  let longestColumn = 0;
  for (const column of columns) {
    if (column.length > longestColumn) longestColumn = column.length;
  }
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longestColumn; j++) {
      if (rows[j] === undefined) rows[j] = [];
      const value = Object.prototype.hasOwnProperty.call(column, j) ? column[j] : '';
      rows[j][i] = value;
      const width = columnWidths[i] || 0;
      const counted = getStringWidth(value);
      columnWidths[i] = Math.max(width, counted);
    }
  }
  const divider = columnWidths.map((w) => tableChars.middleMiddle.repeat(w + 2));
  const lines = [
    `${tableChars.topLeft}${divider.join(tableChars.topMiddle)}${tableChars.topRight}`,
    renderRow(head, columnWidths),
    `${tableChars.leftMiddle}${divider.join(tableChars.rowMiddle)}${tableChars.rightMiddle}`,
  ];
  for (const row of rows) lines.push(renderRow(row, columnWidths));
  lines.push(`${tableChars.bottomLeft}${divider.join(tableChars.bottomMiddle)}${tableChars.bottomRight}`);
  return lines.join('\n');
}

const kIndexKey = '(index)';
const kIterKey = '(iteration index)';
const kKeyKey = 'Key';
const kValuesKey = 'Values';

// Objects (not arrays or typed arrays) with more than two keys collapse to
// `[Object]` in a table cell.
function inspectTableCell(console, v) {
  const depth = v !== null && typeof v === 'object' && !Array.isArray(v) && !isTypedArray(v) &&
    Object.keys(v).length > 2 ? -1 : 0;
  return inspect(v, {
    depth,
    maxArrayLength: 3,
    breakLength: Infinity,
    ...inspectOptions(console, true),
  });
}

function table(console, tabularData, properties) {
  if (properties !== undefined) require('internal/validators').validateArray(properties, 'properties');
  if (tabularData === null || typeof tabularData !== 'object') return console.log(tabularData);
  const final = (head, columns) => console.log(renderTable(head, columns));
  const cell = (v) => inspectTableCell(console, v);
  const indexColumn = (length) => Array.from({ length }, (_, i) => cell(i));

  const mapIter = isMapIterator(tabularData);
  let isKeyValue = false;
  if (mapIter) {
    const preview = previewEntries(tabularData, true);
    tabularData = preview === undefined ? [] : preview[0];
    isKeyValue = preview !== undefined && preview[1];
  }

  if (isKeyValue || isMap(tabularData)) {
    const keys = [];
    const values = [];
    if (mapIter) {
      for (let i = 0; i < tabularData.length / 2; i++) {
        keys.push(cell(tabularData[i * 2]));
        values.push(cell(tabularData[i * 2 + 1]));
      }
    } else {
      for (const [k, v] of Map.prototype.entries.call(tabularData)) {
        keys.push(cell(k));
        values.push(cell(v));
      }
    }
    return final([kIterKey, kKeyKey, kValuesKey], [indexColumn(keys.length), keys, values]);
  }

  const setIter = isSetIterator(tabularData);
  if (setIter) {
    const preview = previewEntries(tabularData);
    tabularData = preview === undefined ? [] : preview;
  }
  if (setIter || mapIter || isSet(tabularData)) {
    const values = [];
    const iterable = isSet(tabularData) ? Set.prototype.values.call(tabularData) : tabularData;
    for (const v of iterable) values.push(cell(v));
    return final([kIterKey, kValuesKey], [indexColumn(values.length), values]);
  }

  const map = Object.create(null);
  let hasPrimitives = false;
  const valuesKeyArray = [];
  const indexKeyArray = Object.keys(tabularData);
  for (let i = 0; i < indexKeyArray.length; i++) {
    const item = tabularData[indexKeyArray[i]];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      valuesKeyArray[i] = cell(item);
    } else {
      const keys = properties || Object.keys(item);
      for (const key of keys) {
        if (map[key] === undefined) map[key] = [];
        if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) {
          map[key][i] = '';
        } else {
          map[key][i] = cell(item[key]);
        }
      }
    }
  }
  const head = Object.keys(map);
  const columns = Object.values(map);
  if (hasPrimitives) {
    head.push(kValuesKey);
    columns.push(valuesKeyArray);
  }
  head.unshift(kIndexKey);
  columns.unshift(indexKeyArray);
  return final(head, columns);
}

module.exports = { table };
