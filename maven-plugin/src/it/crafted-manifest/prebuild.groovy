import java.nio.file.Files
import java.security.MessageDigest
// a list of "previously generated files" that names files the generator never wrote: outside the
// output folder, through a link, a user's file inside, and one listed without a digest
def sha = { String s -> MessageDigest.getInstance('SHA-256').digest(s.getBytes('UTF-8')).encodeHex().toString() }
def out = new File(basedir, 'target/generated-sources/handspec')
new File(out, 'it/notes').mkdirs()
new File(basedir, 'precious.txt').text = 'keep me'
def outside = new File(basedir, 'outside')
outside.mkdirs()
new File(outside, 'secret.txt').text = 'secret'
Files.createSymbolicLink(new File(out, 'link').toPath(), outside.toPath())
new File(out, 'it/notes/Mine.java').text = 'user file'
new File(out, 'it/notes/Listed.java').text = 'listed without digest'
new File(out, '.handspec-files').text = [
        sha('keep me') + ' ../../../precious.txt',
        sha('secret') + ' link/secret.txt',
        sha('what the generator wrote') + ' it/notes/Mine.java',
        'it/notes/Listed.java',
        ''].join('\n')
return true
