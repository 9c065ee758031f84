def log = new File(basedir, 'build.log').text
// first invocation generates, the second finds everything up to date and writes nothing
assert log.count('handspec: generated 3 files') == 1
assert log.count('handspec: 1 spec(s) up to date, nothing generated') == 1
