// SPDX-License-Identifier: MIT
#include "gif_encoder.h"

#include "median_cut.h"

#include <gif_lib.h>

#include <cstring>

namespace backstep {

namespace {

int appendBytes(GifFileType* gif, const GifByteType* data, int length) {
    static_cast<QByteArray*>(gif->UserData)->append(reinterpret_cast<const char*>(data), length);
    return length;
}

} // namespace

GifEncoder::GifEncoder(const QSize& size) : size_(size) {
    int code = 0;
    gif_ = EGifOpen(&bytes_, appendBytes, &code);
    if (!gif_) {
        fail("open", code);
        return;
    }
    EGifSetGifVersion(gif_, true); // GIF89a: delays and the loop extension
    if (EGifPutScreenDesc(gif_, size.width(), size.height(), 8, 0, nullptr) == GIF_ERROR) {
        fail("screen descriptor", gif_->Error);
        return;
    }
    // NETSCAPE2.0: loop forever (a count of 0)
    const GifByteType application[] = {'N', 'E', 'T', 'S', 'C', 'A', 'P', 'E', '2', '.', '0'};
    const GifByteType loop[] = {1, 0, 0};
    if (EGifPutExtensionLeader(gif_, APPLICATION_EXT_FUNC_CODE) == GIF_ERROR ||
        EGifPutExtensionBlock(gif_, sizeof application, application) == GIF_ERROR ||
        EGifPutExtensionBlock(gif_, sizeof loop, loop) == GIF_ERROR ||
        EGifPutExtensionTrailer(gif_) == GIF_ERROR)
        fail("loop extension", gif_->Error);
}

GifEncoder::~GifEncoder() {
    if (gif_) {
        int code = 0;
        EGifCloseFile(gif_, &code);
    }
}

bool GifEncoder::fail(const char* what, int code) {
    const char* text = GifErrorString(code);
    error_ = QStringLiteral("GIF %1: %2")
                 .arg(QLatin1String(what), text ? QString::fromUtf8(text) : QString::number(code));
    return false;
}

bool GifEncoder::addFrame(const QImage& image, int delayCentiseconds) {
    if (!error_.isEmpty() || !gif_) return false;
    if (image.size() != size_) {
        error_ = QStringLiteral("GIF frame %1: %2×%3 pixels, expected %4×%5")
                     .arg(frames_ + 1)
                     .arg(image.width())
                     .arg(image.height())
                     .arg(size_.width())
                     .arg(size_.height());
        return false;
    }
    const IndexedPicture picture = quantiseMedianCut(image);
    // a colour table's size is a power of two from 2 to 256
    int tableSize = 2;
    while (tableSize < static_cast<int>(picture.palette.size()))
        tableSize *= 2;
    std::vector<GifColorType> colours(static_cast<size_t>(tableSize), GifColorType{0, 0, 0});
    for (size_t i = 0; i < picture.palette.size(); ++i)
        colours[i] = {static_cast<GifByteType>(qRed(picture.palette[i])),
                      static_cast<GifByteType>(qGreen(picture.palette[i])),
                      static_cast<GifByteType>(qBlue(picture.palette[i]))};
    ColorMapObject* map = GifMakeMapObject(tableSize, colours.data());
    if (!map) return fail("colour table", E_GIF_ERR_NOT_ENOUGH_MEM);

    GraphicsControlBlock control;
    control.DisposalMode = DISPOSE_DO_NOT;
    control.UserInputFlag = false;
    control.DelayTime = delayCentiseconds;
    control.TransparentColor = NO_TRANSPARENT_COLOR;
    GifByteType extension[4];
    const size_t length = EGifGCBToExtension(&control, extension);
    bool ok = EGifPutExtension(gif_, GRAPHICS_EXT_FUNC_CODE, static_cast<int>(length), extension) !=
                  GIF_ERROR &&
              EGifPutImageDesc(gif_, 0, 0, size_.width(), size_.height(), false, map) != GIF_ERROR;
    GifFreeMapObject(map);
    for (int y = 0; ok && y < picture.height; ++y)
        ok = EGifPutLine(gif_,
                         const_cast<GifPixelType*>(picture.indices.data() +
                                                   static_cast<size_t>(y) * picture.width),
                         picture.width) != GIF_ERROR;
    if (!ok) return fail("frame", gif_->Error);
    ++frames_;
    return true;
}

QByteArray GifEncoder::finish() {
    if (!gif_) return {};
    int code = 0;
    const int result = EGifCloseFile(gif_, &code);
    gif_ = nullptr;
    if (result == GIF_ERROR) fail("close", code);
    return error_.isEmpty() ? bytes_ : QByteArray();
}

} // namespace backstep
