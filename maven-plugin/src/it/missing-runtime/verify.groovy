def log = new File(basedir, 'build.log').text
assert log.contains('add this dependency')
assert log.contains('<artifactId>handspec-runtime</artifactId>')
