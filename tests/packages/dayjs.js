// dayjs with the utc, duration, customParseFormat and relativeTime plugins
// (UTC only, no "now").
const dayjs = require('dayjs');
const utc = require('dayjs/plugin/utc');
const duration = require('dayjs/plugin/duration');
const customParseFormat = require('dayjs/plugin/customParseFormat');
const relativeTime = require('dayjs/plugin/relativeTime');
require('dayjs/locale/fr');

dayjs.extend(utc);
dayjs.extend(duration);
dayjs.extend(customParseFormat);
dayjs.extend(relativeTime);

const d = dayjs.utc('2020-01-15T10:20:30.123Z');
console.log(d.format(), d.format('YYYY-MM-DD HH:mm:ss.SSS [Z]Z dddd MMMM'), d.valueOf());
console.log(d.add(1, 'month').format('YYYY-MM-DD'), d.subtract(3, 'day').toISOString(), d.startOf('year').toISOString());
console.log(d.endOf('month').date(), d.daysInMonth(), d.day(), d.isBefore(d.add(1, 'ms')), d.diff(dayjs.utc('2019-01-15T10:20:30.123Z'), 'day'));
console.log(dayjs.utc('15/03/2021 08:00', 'DD/MM/YYYY HH:mm').toISOString(), dayjs.utc('nope').isValid());
console.log(dayjs.duration(90061000).format('D[d] HH:mm:ss'), dayjs.duration({ hours: 2, minutes: 30 }).asMinutes());
console.log(d.from(d.add(3, 'day')), d.to(d.subtract(2, 'hour')), d.locale('fr').format('dddd D MMMM'));
console.log(dayjs.isDayjs(d), d.utcOffset(), dayjs.unix(1600000000).utc().format());
