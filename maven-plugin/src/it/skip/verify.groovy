assert new File(basedir, 'build.log').text.contains('handspec: skipped')
assert !new File(basedir, 'target/generated-sources/handspec').exists()
