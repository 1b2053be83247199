// os.userInfo, os.homedir and os.tmpdir against process and environment values.
const os = require('os');
const info = os.userInfo();
console.log(Object.getPrototypeOf(info), Object.keys(info));
console.log(info.uid === process.getuid(), info.gid === process.getgid(), typeof info.username,
  typeof info.homedir, typeof info.shell);
const buf = os.userInfo({ encoding: 'buffer' });
console.log(Buffer.isBuffer(buf.username), buf.username.toString() === info.username, buf.uid === info.uid,
  Buffer.isBuffer(buf.homedir), Buffer.isBuffer(buf.shell));
console.log(os.userInfo({ encoding: 'nope' }).username === info.username, os.userInfo(5).uid === info.uid);
console.log(os.homedir() === process.env.HOME, os.homedir() === `${os.homedir}`);
const saved = { TMPDIR: process.env.TMPDIR, TMP: process.env.TMP, TEMP: process.env.TEMP };
delete process.env.TMPDIR;
delete process.env.TMP;
delete process.env.TEMP;
console.log(os.tmpdir());
process.env.TEMP = '/c/';
console.log(os.tmpdir());
process.env.TMP = '/b';
console.log(os.tmpdir());
process.env.TMPDIR = '/a/';
console.log(os.tmpdir(), `${os.tmpdir}`);
process.env.TMPDIR = '/';
console.log(os.tmpdir());
for (const [k, v] of Object.entries(saved)) {
  if (v === undefined) delete process.env[k];
  else process.env[k] = v;
}
const saveHome = process.env.HOME;
process.env.HOME = '/some/where';
console.log(os.homedir());
delete process.env.HOME;
console.log(os.homedir() === info.homedir);
process.env.HOME = saveHome;
