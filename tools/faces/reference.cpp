// Reference for tools/faces: dlib's own forward pass of the face-recognition ResNet, and
// dlib's own aligned face chips. Only used to check dlib_to_onnx.py; not part of Garita.
//
// Build (Debian: apt-get install libdlib-dev libblas-dev liblapack-dev libjpeg-dev libpng-dev):
//   g++ -O2 -std=c++14 tools/faces/reference.cpp -o /tmp/dlibconv/reference $(pkg-config --libs dlib-1)
//
// Usage:
//   reference descriptor dlib_face_recognition_resnet_model_v1.dat CHIP.png...
//       prints, per 150x150 RGB chip, "CHIP.png v0 v1 ... v127" (dlib's net(chip)).
//   reference chips shape_predictor_5_face_landmarks.dat IMAGE.png OUT_PREFIX
//       runs dlib's frontal face detector (upsampling the image until a face is found,
//       at most twice) and the 5-point shape predictor, writes each face as
//       OUT_PREFIX_<i>.png with extract_image_chip(img, get_face_chip_details(shape,150,0.25)),
//       and prints the 5 landmarks and the affine map image -> chip (m00 m01 m10 m11 b0 b1).

#include <dlib/dnn.h>
#include <dlib/image_io.h>
#include <dlib/image_processing.h>
#include <dlib/image_processing/frontal_face_detector.h>
#include <dlib/image_transforms.h>

#include <cstdio>
#include <iostream>
#include <string>

using namespace dlib;

// The network of dlib's examples/dnn_face_recognition_ex.cpp.
template <template <int,template<typename>class,int,typename> class block, int N, template<typename>class BN, typename SUBNET>
using residual = add_prev1<block<N,BN,1,tag1<SUBNET>>>;

template <template <int,template<typename>class,int,typename> class block, int N, template<typename>class BN, typename SUBNET>
using residual_down = add_prev2<avg_pool<2,2,2,2,skip1<tag2<block<N,BN,2,tag1<SUBNET>>>>>>;

template <int N, template <typename> class BN, int stride, typename SUBNET>
using block  = BN<con<N,3,3,1,1,relu<BN<con<N,3,3,stride,stride,SUBNET>>>>>;

template <int N, typename SUBNET> using ares      = relu<residual<block,N,affine,SUBNET>>;
template <int N, typename SUBNET> using ares_down = relu<residual_down<block,N,affine,SUBNET>>;

template <typename SUBNET> using alevel0 = ares_down<256,SUBNET>;
template <typename SUBNET> using alevel1 = ares<256,ares<256,ares_down<256,SUBNET>>>;
template <typename SUBNET> using alevel2 = ares<128,ares<128,ares_down<128,SUBNET>>>;
template <typename SUBNET> using alevel3 = ares<64,ares<64,ares<64,ares_down<64,SUBNET>>>>;
template <typename SUBNET> using alevel4 = ares<32,ares<32,ares<32,SUBNET>>>;

using anet_type = loss_metric<fc_no_bias<128,avg_pool_everything<
                            alevel0<
                            alevel1<
                            alevel2<
                            alevel3<
                            alevel4<
                            max_pool<3,3,2,2,relu<affine<con<32,7,7,2,2,
                            input_rgb_image_sized<150>
                            >>>>>>>>>>>>;

static int descriptors(int argc, char** argv)
{
    anet_type net;
    deserialize(argv[2]) >> net;
    for (int i = 3; i < argc; ++i)
    {
        matrix<rgb_pixel> chip;
        load_image(chip, argv[i]);
        if (chip.nr() != 150 || chip.nc() != 150)
        {
            std::cerr << argv[i] << ": not 150x150\n";
            return 1;
        }
        matrix<float,0,1> d = net(chip);
        std::printf("%s", argv[i]);
        for (long j = 0; j < d.size(); ++j)
            std::printf(" %.9g", d(j));
        std::printf("\n");
    }
    return 0;
}

static int chips(char** argv)
{
    shape_predictor sp;
    deserialize(argv[2]) >> sp;
    frontal_face_detector detector = get_frontal_face_detector();
    matrix<rgb_pixel> img;
    load_image(img, argv[3]);

    // Upsample until a face is found (like the Python API's detector(img, n)), then map the
    // rectangles back to the original image.
    std::vector<rectangle> dets;
    matrix<rgb_pixel> work = img;
    double scale = 1;
    for (int up = 0; up <= 2; ++up)
    {
        if (up > 0)
        {
            pyramid_up(work);
            scale *= 2;
        }
        dets = detector(work);
        if (!dets.empty())
            break;
    }
    int i = 0;
    for (auto r : dets)
    {
        drectangle d(r.left() / scale, r.top() / scale, r.right() / scale, r.bottom() / scale);
        rectangle rr((long)std::round(d.left()), (long)std::round(d.top()),
                     (long)std::round(d.right()), (long)std::round(d.bottom()));
        full_object_detection shape = sp(img, rr);
        chip_details cd = get_face_chip_details(shape, 150, 0.25);
        matrix<rgb_pixel> chip;
        extract_image_chip(img, cd, chip);
        std::string out = std::string(argv[4]) + "_" + std::to_string(i) + ".png";
        save_png(chip, out);
        point_transform_affine m = get_mapping_to_chip(cd);
        std::printf("chip %s rect %ld %ld %ld %ld", out.c_str(), rr.left(), rr.top(), rr.right(), rr.bottom());
        std::printf(" parts");
        for (unsigned long k = 0; k < shape.num_parts(); ++k)
            std::printf(" %ld %ld", shape.part(k).x(), shape.part(k).y());
        std::printf(" map %.9g %.9g %.9g %.9g %.9g %.9g\n",
                    m.get_m()(0,0), m.get_m()(0,1), m.get_m()(1,0), m.get_m()(1,1),
                    m.get_b()(0), m.get_b()(1));
        ++i;
    }
    return 0;
}

int main(int argc, char** argv) try
{
    if (argc >= 4 && std::string(argv[1]) == "descriptor")
        return descriptors(argc, argv);
    if (argc == 5 && std::string(argv[1]) == "chips")
        return chips(argv);
    std::cerr << "usage: reference descriptor NET.dat CHIP.png... | reference chips SP5.dat IMAGE.png OUT_PREFIX\n";
    return 2;
}
catch (std::exception& e)
{
    std::cerr << e.what() << "\n";
    return 1;
}
