#include "TlsIdentity.h"

#include "PrivateFiles.h"
#include "SandboxLog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace sp {

namespace {

template <typename T, void (*Free)(T*)>
struct Deleter
{
    void operator()(T* p) const { Free(p); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;

constexpr int kValidDays = 365;

QByteArray bioContents(BIO* bio)
{
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(length));
}

bool addExtension(X509* certificate, int nid, const char* value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    ExtPtr extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

// Builds the certificate and key as PEM; false on any OpenSSL failure.
bool makeSelfSigned(QByteArray* certificatePem, QByteArray* keyPem)
{
    PKeyPtr key(EVP_EC_gen("P-256"));
    X509Ptr certificate(X509_new());
    if (!key || !certificate)
        return false;

    BnPtr serial(BN_new());
    if (!serial || BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1
        || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get())))
        return false;

    X509_NAME* name = X509_get_subject_name(certificate.get());
    const bool ok =
        X509_set_version(certificate.get(), 2) == 1 // v3
        && X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -60) != nullptr
        && X509_gmtime_adj(X509_getm_notAfter(certificate.get()), 60L * 60 * 24 * kValidDays) != nullptr
        && X509_set_pubkey(certificate.get(), key.get()) == 1
        && X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                                      reinterpret_cast<const unsigned char*>("SellerPulse Sandbox"), -1, -1, 0)
               == 1
        && X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("127.0.0.1"), -1,
                                      -1, 0)
               == 1
        && X509_set_issuer_name(certificate.get(), name) == 1
        // A leaf, not a CA: the client trusts exactly this certificate, and its key (a file in the data
        // folder) must not be able to sign a certificate the client would accept for any other name.
        && addExtension(certificate.get(), NID_basic_constraints, "critical,CA:FALSE")
        && addExtension(certificate.get(), NID_key_usage, "critical,digitalSignature")
        && addExtension(certificate.get(), NID_ext_key_usage, "serverAuth")
        && addExtension(certificate.get(), NID_subject_key_identifier, "hash")
        && addExtension(certificate.get(), NID_authority_key_identifier, "keyid:always")
        && addExtension(certificate.get(), NID_subject_alt_name, "IP:127.0.0.1,IP:::1,DNS:localhost")
        && X509_sign(certificate.get(), key.get(), EVP_sha256()) > 0;
    if (!ok)
        return false;

    BioPtr certificateBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (!certificateBio || !keyBio || PEM_write_bio_X509(certificateBio.get(), certificate.get()) != 1
        || PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return false;
    *certificatePem = bioContents(certificateBio.get());
    *keyPem = bioContents(keyBio.get());
    return true;
}

// True when the private key belongs to the certificate (a half-replaced pair must be regenerated).
bool pemPairMatches(const QByteArray& certificatePem, const QByteArray& keyPem)
{
    BioPtr certificateBio(BIO_new_mem_buf(certificatePem.constData(), static_cast<int>(certificatePem.size())));
    BioPtr keyBio(BIO_new_mem_buf(keyPem.constData(), static_cast<int>(keyPem.size())));
    if (!certificateBio || !keyBio)
        return false;
    X509Ptr certificate(PEM_read_bio_X509(certificateBio.get(), nullptr, nullptr, nullptr));
    PKeyPtr key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    return certificate && key && X509_check_private_key(certificate.get(), key.get()) == 1;
}

// True for an end-entity certificate: basicConstraints present and CA:FALSE, no certificate signing.
// One written by an older sandbox (a self-signed CA) is regenerated.
bool isLeaf(const QByteArray& certificatePem)
{
    BioPtr bio(BIO_new_mem_buf(certificatePem.constData(), static_cast<int>(certificatePem.size())));
    X509Ptr certificate(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!certificate)
        return false;
    const uint32_t flags = X509_get_extension_flags(certificate.get());
    const bool signsCertificates =
        (flags & EXFLAG_KUSAGE) == 0 || (X509_get_key_usage(certificate.get()) & KU_KEY_CERT_SIGN) != 0;
    return (flags & EXFLAG_BCONS) != 0 && X509_check_ca(certificate.get()) == 0 && !signsCertificates;
}

} // namespace

bool TlsIdentity::loadOrCreate(const QString& dataDir, QString* error)
{
    const QString folder = dataDir + QStringLiteral("/tls");
    if (!PrivateFiles::ensureFolder(folder, error))
        return false;
    const QString certificatePath = QFileInfo(folder + QStringLiteral("/sandbox-cert.pem")).absoluteFilePath();
    const QString keyPath = folder + QStringLiteral("/sandbox-key.pem");
    if (!load(certificatePath, keyPath)) {
        qCInfo(lcSandbox) << "Generating a new self-signed TLS certificate.";
        if (!generate(certificatePath, keyPath, error) || !load(certificatePath, keyPath)) {
            if (error->isEmpty())
                *error = QCoreApplication::translate("sp::TlsIdentity", "cannot create the TLS certificate");
            return false;
        }
    }
    m_certificatePath = certificatePath;
    return true;
}

bool TlsIdentity::load(const QString& certificatePath, const QString& keyPath)
{
    QFile certificateFile(certificatePath);
    QFile keyFile(keyPath);
    if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return false;
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(certificateFile.readAll(), QSsl::Pem);
    const QSslKey key(keyFile.readAll(), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (certificates.size() != 1 || key.isNull())
        return false;
    const QSslCertificate& certificate = certificates.constFirst();
    // Renew a day early so a long test run never meets an expiring certificate.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (certificate.isNull() || certificate.effectiveDate() > now || certificate.expiryDate() < now.addDays(1)
        || !pemPairMatches(certificate.toPem(), key.toPem()) || !isLeaf(certificate.toPem()))
        return false;
    m_certificate = certificate;
    m_key = key;
    return true;
}

bool TlsIdentity::generate(const QString& certificatePath, const QString& keyPath, QString* error)
{
    QByteArray certificatePem;
    QByteArray keyPem;
    if (!makeSelfSigned(&certificatePem, &keyPem)) {
        *error = QCoreApplication::translate("sp::TlsIdentity", "OpenSSL could not create the TLS certificate");
        return false;
    }
    return PrivateFiles::writeAtomically(keyPath, keyPem, error)
           && PrivateFiles::writeAtomically(certificatePath, certificatePem, error);
}

} // namespace sp
