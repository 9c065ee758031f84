def log = new File(basedir, 'build.log').text
assert log.contains('handspec: generated') && log.contains('from 3 spec(s)')
assert log.contains('Tests run: 1, Failures: 0')
