def log = new File(basedir, 'build.log').text
assert log.contains('is a link leading outside the output folder')
assert log.contains('remove the link')
assert log.contains('The previously generated sources were left as they were.')
// nothing was written through the link, nor anywhere else
assert new File(basedir, 'outside').list().length == 0
def out = new File(basedir, 'target/generated-sources/handspec')
assert out.list().toList().sort() == ['.handspec-lock', 'it'] // the lock file, and nothing else
return true
