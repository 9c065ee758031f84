import com.sun.net.httpserver.HttpHandler
import com.sun.net.httpserver.HttpServer
import java.security.MessageDigest

// A local server for the vendor pages, kept in this JVM for all four builds; verify.groovy stops it.
def pages = [
    '/unchanged': '<html><body><h1>Notes API</h1><p>Send the   key in the <code>X-Key</code> header.</p>'
            + '<ul><li>GET /notes</li></ul></body></html>',
    '/changed'  : '<html><body><h1>Notes API</h1><ul><li>GET /notes</li><li>PUT /notes/{id}</li></ul></body></html>',
]
def server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
server.createContext('/', { exchange ->
    def page = pages[exchange.requestURI.path]
    byte[] body = (page ?: 'not here').getBytes('UTF-8')
    exchange.responseHeaders.add('Content-Type', 'text/html; charset=utf-8')
    exchange.sendResponseHeaders(page ? 200 : 404, body.length)
    exchange.responseBody.withStream { it.write(body) }
} as HttpHandler)
server.start()
System.properties.put('it.check-docs.server', server)

def sha = { File f -> MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }
def sources = new File(basedir, 'src/main/openapi/sources/notes')
def spec = new File(basedir, 'notes.yaml.in').text
        .replace('@BASE@', 'http://127.0.0.1:' + server.address.port)
        .replace('@SHA_UNCHANGED@', sha(new File(sources, '127.0.0.1-unchanged.txt')))
        .replace('@SHA_CHANGED@', sha(new File(sources, '127.0.0.1-changed.txt')))
        .replace('@SHA_GONE@', sha(new File(sources, '127.0.0.1-gone.txt')))
new File(basedir, 'src/main/openapi/notes.yaml').text = spec
return true
