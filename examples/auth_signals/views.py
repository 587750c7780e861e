"""A minimal login and logout: authenticate() and login()/logout() send the auth signals."""

from django.contrib.auth import authenticate, login, logout
from django.http import HttpResponse
from django.views.decorators.http import require_POST


@require_POST
def login_view(request):
    user = authenticate(request, username=request.POST.get("username"), password=request.POST.get("password"))
    if user is None:
        return HttpResponse("invalid credentials", status=401)
    login(request, user)
    return HttpResponse("logged in")


@require_POST
def logout_view(request):
    logout(request)
    return HttpResponse("logged out")
